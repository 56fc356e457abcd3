import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { partOf } from '../../src/index/parts.ts';
import { REFERENCES_SHOWN } from '../../src/link/references.ts';
import { cacheFolder } from '../../src/load/paths.ts';
import { generateGlossary } from '../bench/generate.ts';
import { launchBrowser, serveFolder } from '../helpers/browser.ts';
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

async function buildLogged(content: string, out: string, options: { cold?: boolean; env?: Record<string, string> } = {}) {
	if (options.cold) await rm(cacheFolder(content), { recursive: true, force: true });
	const result = await buildSite(content, out, options.env);
	expect(result.code, result.stderr).toBe(0);
	return { files: snapshot(out), log: result.stdout + result.stderr };
}

async function build(content: string, out: string, options: { cold?: boolean; env?: Record<string, string> } = {}) {
	return (await buildLogged(content, out, options)).files;
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
		const warm = await buildLogged(content, join(ROOT, 'warm'));
		expect(differences(cold, warm.files)).toEqual([]);
		// Its pages came from Astro's incremental cache, which keeps them in one pack, not a file each.
		expect(warm.log.match(/\(restored\)/g)?.length).toBeGreaterThan(TERMS);
		expect(readdirSync(join(cacheFolder(content), 'incremental-pages')).filter((file) => file.endsWith('.pack'))).toHaveLength(1);
		expect(existsSync(join(cacheFolder(content), 'dist'))).toBe(false);
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

describe('a search index written in parts', () => {
	const content = join(ROOT, 'parts-content');
	/** 150 term pages, at most 60 a part: three parts, as a glossary of 10,000 terms gets two. */
	const env = { GLOSSARY_SEARCH_PART_PAGES: '60' };
	let slugs: string[];

	beforeAll(async () => {
		await rm(content, { recursive: true, force: true });
		slugs = generateGlossary(content, TERMS, 11).slugs;
		await build(content, join(ROOT, 'parts'), { cold: true, env });
	}, 120_000);

	test('the browser merges every part: a term is found by its title whichever part its page is in', async () => {
		expect(JSON.parse(readFileSync(join(ROOT, 'parts/pagefind/parts.json'), 'utf8'))).toEqual(['part-1/', 'part-2/']);
		const [browser, site] = await Promise.all([launchBrowser(), serveFolder(join(ROOT, 'parts'))]);
		try {
			const page = await browser.newPage();
			await page.goto(site.url);
			await page.locator('[data-search-open]:visible').first().click();
			for (const part of [0, 1, 2]) {
				const slug = slugs.find((candidate) => partOf(`${candidate}/index.html`, 3) === part)!;
				const term = readFileSync(join(content, 'terms', `${slug}.md`), 'utf8');
				const [title, summary] = ['title', 'summary'].map((field) => JSON.parse(term.match(new RegExp(`^${field}: (.*)$`, 'm'))![1]!) as string);
				await page.locator('#dialog-search-input').fill(title!);
				await page.waitForFunction((query) => document.querySelector<HTMLElement>('#dialog-search-results')?.dataset['query'] === query, title);
				const first = page.locator('#dialog-search-results li').first();
				expect(await first.locator('a').getAttribute('href'), `part ${part}`).toBe(`/${slug}/`);
				// The summary comes from the page's entry in Pagefind's index: found in its part, not only in the name table.
				expect(await first.locator('.result-summary').textContent(), `part ${part}`).toBe(summary);
			}
		} finally {
			await Promise.all([browser.close(), site.close()]);
		}
	});

	test('after one edited body only its part is indexed again, and the site equals a cold build', async () => {
		const file = join(content, 'terms', `${slugs[0]}.md`);
		await writeFile(file, readFileSync(file, 'utf8').replace(/^## (.*)$/m, 'A sentence added by the search-index test.\n\n## $1'));
		const incremental = await buildLogged(content, join(ROOT, 'parts-incremental'), { env });
		expect(incremental.log).toContain('in 3 parts (2 unchanged since the last build)');
		const cold = await build(content, join(ROOT, 'parts-cold'), { cold: true, env });
		expect(differences(cold, incremental.files)).toEqual([]);
	});
});

describe('a term that the whole glossary mentions', () => {
	test(`lists the first ${REFERENCES_SHOWN} terms that link to it, then links to a search for the rest`, async () => {
		const content = await fixtureContent('_base');
		const mentions = REFERENCES_SHOWN + 7;
		for (let index = 1; index <= mentions; index++) {
			const number = String(index).padStart(2, '0');
			await writeFile(
				join(content.terms, `mention-${number}.md`),
				`---\ntitle: Mention ${number}\nsummary: A term that uses fine-tuning.\ncategory: basics\n---\n\n## What is mention ${number}?\n\nIt builds on [[fine-tuning]].\n`,
			);
		}
		const out = join(ROOT, 'references');
		await build(content.root, out);
		const page = readFileSync(join(out, 'fine-tuning/index.html'), 'utf8');
		const section = page.slice(page.indexOf('id="referenced-by"'), page.indexOf('</section>', page.indexOf('id="referenced-by"')));
		// pre-training links here too, but is listed under "Related terms" instead.
		expect(section.match(/<li>/g)).toHaveLength(REFERENCES_SHOWN + 1);
		expect(section).toContain('href="/mention-01/"');
		expect(section).not.toContain(`href="/mention-${REFERENCES_SHOWN + 1}/"`);
		expect(section).toContain('<a href="/search/?q=Fine-tuning">and 7 more: search for them</a>');
	});
});
