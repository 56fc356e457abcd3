import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cacheFolder } from '../../src/load/paths.ts';
import { generateGlossary } from '../bench/generate.ts';
import { fixtureContent } from '../helpers/fixtures.ts';
import { buildSite } from '../helpers/sites.ts';

const ROOT = resolve('tests/.output/scale');
/** Large enough to be rendered by several workers (the pool starts from 64 bodies). */
const TERMS = 150;

/** Every file of a built site with a digest of its bytes. */
function snapshot(dir: string): Map<string, string> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return new Map(
		files.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			return [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')];
		}),
	);
}

/** The files two builds disagree on; empty when they are byte-for-byte the same. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
	return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
}

async function build(content: string, out: string, options: { cold?: boolean; env?: Record<string, string> } = {}) {
	if (options.cold) await rm(cacheFolder(content), { recursive: true, force: true });
	const result = await buildSite(content, out, options.env);
	expect(result.code, result.stderr).toBe(0);
	return snapshot(out);
}

describe('large glossaries: the same site however it is built', () => {
	const content = join(ROOT, 'content');
	let cold: Map<string, string>;

	beforeAll(async () => {
		await rm(ROOT, { recursive: true, force: true });
		generateGlossary(content, TERMS, 7);
		cold = await build(content, join(ROOT, 'cold'), { cold: true });
	}, 120_000);

	test('bodies rendered on one thread give the same site as on several', async () => {
		const serial = await build(content, join(ROOT, 'serial'), { cold: true, env: { GLOSSARY_THREADS: '1' } });
		expect(differences(cold, serial)).toEqual([]);
	});

	test('a warm build, which reuses every page and body, writes the same site as a cold one', async () => {
		await build(content, join(ROOT, 'cold-again'), { cold: true });
		const warm = await build(content, join(ROOT, 'warm'));
		expect(differences(cold, warm)).toEqual([]);
	});

	test('after an edit, the incremental build updates every page that shows the edited summary, and equals a cold build', async () => {
		await build(content, join(ROOT, 'before-edit'));
		// A term that other terms list as related: its summary shows on their pages too.
		const related = readFileSync(join(content, 'terms', readdirSync(join(content, 'terms'))[0]!), 'utf8').match(/^related: \["([^"]+)"/m)![1]!;
		const file = join(content, 'terms', `${related}.md`);
		const before = readFileSync(file, 'utf8');
		const oldSummary = JSON.parse(before.match(/^summary: (.*)$/m)![1]!) as string;
		const newSummary = 'A definition changed by the incremental-build test.';
		await writeFile(file, before.replace(/^summary: .*$/m, `summary: ${JSON.stringify(newSummary)}`));

		const incremental = await build(content, join(ROOT, 'incremental'));
		const showing = [...incremental.keys()].filter((page) => page.endsWith('.html') && readFileSync(join(ROOT, 'incremental', page), 'utf8').includes(`/${related}/`));
		expect(showing.length).toBeGreaterThan(2);
		for (const page of showing) expect(readFileSync(join(ROOT, 'incremental', page), 'utf8'), page).not.toContain(oldSummary);
		expect(readFileSync(join(ROOT, 'incremental', related, 'index.html'), 'utf8')).toContain(newSummary);

		const coldAfterEdit = await build(content, join(ROOT, 'cold-after-edit'), { cold: true });
		expect(differences(coldAfterEdit, incremental)).toEqual([]);
	});
});

describe('the A–Z index of a large glossary', () => {
	test('gets a page per letter past the threshold, and the home page links to them instead of listing every term', async () => {
		const content = await fixtureContent('letter-pages');
		const out = join(ROOT, 'letter-pages');
		await build(content.root, out);
		const home = readFileSync(join(out, 'index.html'), 'utf8');
		expect(home).toContain('href="/letters/f/"');
		expect(home).not.toContain('href="/fine-tuning/"');
		const letterF = readFileSync(join(out, 'letters/f/index.html'), 'utf8');
		expect(letterF).toContain('href="/fine-tuning/"');
		expect(letterF).toContain('aria-current="page"');
		expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).toContain('/letters/f/</loc>');
	});

	test('stays on the home page below the threshold, with no letter pages', async () => {
		const content = await fixtureContent('_base');
		const out = join(ROOT, 'letter-pages-below');
		await build(content.root, out);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="/fine-tuning/"');
		expect(existsSync(join(out, 'letters'))).toBe(false);
	});
});
