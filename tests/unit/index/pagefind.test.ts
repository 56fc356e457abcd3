import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, test } from 'vitest';
import { pagefindIndex } from '../../../src/index/pagefind.ts';

const logger = { info: () => {}, warn: () => {}, error: () => {} } as unknown as AstroIntegrationLogger;

async function site(name: string, pages: Record<string, string>): Promise<URL> {
	const root = resolve('tests/.output/pagefind', name);
	await rm(root, { recursive: true, force: true });
	for (const [path, html] of Object.entries(pages)) {
		await mkdir(join(root, path, '..'), { recursive: true });
		await writeFile(join(root, path), html);
	}
	return pathToFileURL(`${root}/`);
}

const buildDone = (dir: URL) => {
	const { hooks } = pagefindIndex({ language: 'en-GB' });
	(hooks['astro:config:done'] as (options: { config: { cacheDir: URL } }) => void)({ config: { cacheDir: new URL('../.cache/', dir) } });
	return (hooks['astro:build:done'] as (options: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>)({ dir, logger });
};

describe('the Pagefind integration', () => {
	test('indexes the pages marked for search and leaves only the files the site uses', async () => {
		const dir = await site('indexed', {
			'term/index.html': '<html lang="en"><body><main data-pagefind-body><h1>Term</h1><p>A definition.</p></main></body></html>',
			'index.html': '<html lang="en"><body><h1>Home</h1></body></html>',
		});
		await buildDone(dir);
		const files = await readdir(new URL('pagefind/', dir));
		expect(files).toContain('pagefind.js');
		expect(files.filter((file) => /-ui\.|highlight/.test(file))).toEqual([]);
	});

	test('writes the index in small chunks, so that a query fetches little more than its own words', async () => {
		// 40 pages of 60 different words each: 2,400 places, one chunk at Pagefind's default size.
		const words = (page: number) => Array.from({ length: 60 }, (_, word) => `w${String.fromCharCode(97 + (word % 26))}${page}x${word}`).join(' ');
		const pages = Object.fromEntries(
			Array.from({ length: 40 }, (_, page) => [`t${page}/index.html`, `<html lang="en"><body><main data-pagefind-body><h1>Term ${page}</h1><p>${words(page)}</p></main></body></html>`]),
		);
		const dir = await site('chunked', pages);
		await buildDone(dir);
		const chunks = await readdir(new URL('pagefind/index/', dir));
		expect(chunks.length).toBeGreaterThanOrEqual(3);
	});

	test('fails the build when Pagefind finds no pages', async () => {
		const dir = await site('empty', { 'robots.txt': 'User-agent: *' });
		await expect(buildDone(dir)).rejects.toThrow(/Pagefind found no pages to index/);
	});
});
