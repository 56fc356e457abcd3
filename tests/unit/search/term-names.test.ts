import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFolder, type StaticSite } from '../../helpers/browser.ts';
import { TermNames } from '../../../src/search/term-names.ts';
import { shardTable, TERM_TABLE_PATH, termShardPath, type TermTable } from '../../../src/search/term-table.ts';

const table: TermTable = {
	categories: ['Data', 'Models'],
	terms: [
		['tisor', 'Tisor routing connector', 0],
		['inference', 'Inference', 1],
		['token', 'Token', 1, 'Input token'],
		['itemset', 'Itemset', 0],
	],
};

/** The name table as a build writes it, whole and in parts, served over HTTP as a site is. */
const root = resolve('tests/.output/term-names');
let site: StaticSite;
let base: string;

beforeAll(async () => {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(join(root, 'search-terms'), { recursive: true });
	writeFileSync(join(root, '404.html'), '<h1>Not found</h1>');
	writeFileSync(join(root, TERM_TABLE_PATH), JSON.stringify(table));
	for (const [key, part] of shardTable(table)) writeFileSync(join(root, termShardPath(key)), JSON.stringify(part));
	site = await serveFolder(root);
	base = site.url;
});

afterAll(() => site.close());

describe.each([
	['in parts', true],
	['whole', false],
])('the name table, %s', (_, sharded) => {
	test('names a term exactly', async () => {
		const { match } = await new TermNames(base, sharded).lookUp('input-token');
		expect(match).toMatchObject({ kind: 'exact', entry: { slug: 'token' } });
	});

	test('names a term whose first two letters were swapped', async () => {
		const { match } = await new TermNames(base, sharded).lookUp('itsor routing connector');
		expect(match).toMatchObject({ kind: 'near', entry: { slug: 'tisor' } });
	});

	test('lists each term once, with its names from every part it was looked up in', async () => {
		const { entries } = await new TermNames(base, sharded).lookUp('itoken');
		expect(entries.filter((entry) => entry.slug === 'token')).toEqual([expect.objectContaining({ keys: ['token', 'inputtoken'] })]);
	});

	test('keeps to the chosen category', async () => {
		const { entries, match } = await new TermNames(base, sharded).lookUp('itsor routing connector', 'Models');
		expect(match).toBeUndefined();
		expect(entries.map((entry) => entry.category)).toEqual(entries.map(() => 'Models'));
	});
});
