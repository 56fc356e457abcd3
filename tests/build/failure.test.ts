import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fixtureContent } from '../helpers/fixtures.ts';
import { buildSite } from '../helpers/sites.ts';

const OUT = 'tests/.output/failure/dist';
const SENTINEL = join(OUT, 'index.html');

beforeEach(async () => {
	await rm(dirname(OUT), { recursive: true, force: true });
	await mkdir(OUT, { recursive: true });
	await writeFile(SENTINEL, 'the previous, good site');
});

const leftovers = () => readdirSync(dirname(OUT)).filter((name) => name !== 'dist');

describe('npm run build', () => {
	test('fails on a content error with the gateway message and leaves the previous dist/ untouched', async () => {
		const content = await fixtureContent('related-missing');
		const result = await buildSite(content.root, OUT);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(
			'tests/.output/fixtures/related-missing/terms/fine-tuning.md:6: related[0]: "pre-trainng" is not a term — use the file name of an existing term without ".md" (did you mean "pre-training"?)',
		);
		expect(result.stderr).toContain('✗ 2 errors in 1 file');
		expect(result.stderr).toContain('was left as it was');
		expect(await readFile(SENTINEL, 'utf8')).toBe('the previous, good site');
		expect(leftovers()).toEqual([]);
	});

	test('fails when Astro itself fails and leaves the previous dist/ untouched', async () => {
		const content = await fixtureContent('_base');
		await writeFile(join(content.terms, 'fine-tuning.md'), '---\ntitle: Fine-tuning\nsummary: Adapting a model.\ncategory: training\n---\n\n![diagram](./missing.png)\n');
		const result = await buildSite(content.root, OUT);
		expect(result.code).toBe(1);
		expect(result.stdout + result.stderr).toContain('Could not find requested image `./missing.png`');
		expect(await readFile(SENTINEL, 'utf8')).toBe('the previous, good site');
		expect(leftovers()).toEqual([]);
	});

	test('fails on a TODO left from the template, pointing at it', async () => {
		const content = await fixtureContent('todo-left');
		const result = await buildSite(content.root, OUT);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('tests/.output/fixtures/todo-left/terms/fine-tuning.md:14: still has a TODO from the template — replace each TODO with real text');
		expect(await readFile(SENTINEL, 'utf8')).toBe('the previous, good site');
	});

	test('lists the warnings it found, not only their count', async () => {
		const content = await fixtureContent('warning-summary-long');
		const result = await buildSite(content.root, OUT);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stderr).toMatch(/warning-summary-long\/terms\/fine-tuning\.md:\d+: warning: summary: is 239 characters long/);
		expect(result.stdout).toContain('1 warning');
	});

	test('replaces dist/ whole when the build succeeds, and deletes the old site once it has ended', async () => {
		const content = await fixtureContent('_base');
		const result = await buildSite(content.root, OUT);
		expect(result.code, result.stderr).toBe(0);
		expect(await readFile(SENTINEL, 'utf8')).toContain('<h1>Test Glossary</h1>');
		expect(existsSync(join(OUT, 'pre-training/index.html'))).toBe(true);
		expect(existsSync(join(OUT, 'pretraining/index.html'))).toBe(true);
		await vi.waitFor(() => expect(leftovers()).toEqual([]), { timeout: 10_000, interval: 50 });
	});
});
