import { cp, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { contentPaths, type ContentPaths } from '../../src/load/paths.ts';

const FIXTURES = resolve('tests/fixtures');
const OUTPUT = resolve('tests/.output/fixtures');

/**
 * A content folder for the case `name`: the valid glossary in `fixtures/_base`, with the
 * case's own files laid over it. Cases stay tiny: they hold only what they change.
 */
export async function fixtureContent(name: string): Promise<ContentPaths> {
	const root = join(OUTPUT, name);
	await rm(root, { recursive: true, force: true });
	await mkdir(root, { recursive: true });
	await cp(join(FIXTURES, '_base'), root, { recursive: true });
	if (name !== '_base') await cp(join(FIXTURES, name), root, { recursive: true });
	return contentPaths(root);
}
