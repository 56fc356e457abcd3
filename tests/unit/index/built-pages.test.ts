import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BuiltPages } from '../../../src/index/built-pages.ts';

const ROOT = resolve('tests/.output/built-pages');

async function site(pages: Record<string, string>): Promise<void> {
	await rm(ROOT, { recursive: true, force: true });
	for (const [path, html] of Object.entries(pages)) {
		await mkdir(join(ROOT, path, '..'), { recursive: true });
		await writeFile(join(ROOT, path), html);
	}
}

const startBuild = (builtPages: BuiltPages) => (builtPages.integration().hooks['astro:build:start'] as () => void)();

describe('the built pages', () => {
	test('are read once per build, every HTML page handed to every step, Pagefind’s folder left out', async () => {
		await site({ 'index.html': '<h1>Home</h1>', 'llm/index.html': '<h1>LLM</h1>', 'robots.txt': 'User-agent: *', 'pagefind/part.html': '' });
		const builtPages = new BuiltPages();
		const seen: string[][] = [[], []];
		for (const step of seen) builtPages.onEachBuild(() => (path, html) => step.push(`${path}: ${html.toString()}`));

		await Promise.all([builtPages.read(ROOT), builtPages.read(ROOT)]);
		await builtPages.read(ROOT);
		for (const step of seen) expect(step.sort()).toEqual(['index.html: <h1>Home</h1>', 'llm/index.html: <h1>LLM</h1>']);

		startBuild(builtPages);
		await writeFile(join(ROOT, 'index.html'), '<h1>Home, rebuilt</h1>');
		await builtPages.read(ROOT);
		expect(seen[0]!.filter((page) => page.startsWith('index.html'))).toEqual(['index.html: <h1>Home</h1>', 'index.html: <h1>Home, rebuilt</h1>']);
	});
});
