import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../../src/validate/content.ts';
import { formatProblem } from '../../../src/validate/problem.ts';
import { runCli } from '../../helpers/cli.ts';
import { fixtureContent } from '../../helpers/fixtures.ts';

describe('npm run new', () => {
	test('writes a term file that passes validation once its TODOs are filled in', async () => {
		const content = await fixtureContent('_base');
		const result = await runCli('new', ['Vector database', '--category', 'basics', '--alias', 'VDB', '--alias', 'Vector store'], content.root);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toContain('Created tests/.output/fixtures/_base/terms/vector-database.md');
		expect(result.stdout).toMatchSnapshot();

		const file = join(content.terms, 'vector-database.md');
		const written = await readFile(file, 'utf8');
		expect(written).toContain('title: Vector database\n');
		expect(written).toContain('aliases: [VDB, Vector store]\n');
		expect(written).toContain('## What is vector database?');
		expect(written).toContain('## Why vector database matters for business');

		// The template's TODOs fail the check, at the first one's line, until they are written.
		const before = await validateContent(content);
		expect(before.content).toBeUndefined();
		const summaryLine = written.split('\n').findIndex((line) => line.includes('TODO: one plain sentence')) + 1;
		expect(before.problems.filter((problem) => problem.file.endsWith('vector-database.md')).map(formatProblem)).toContain(
			`tests/.output/fixtures/_base/terms/vector-database.md:${summaryLine}: summary: still has 5 TODOs from the template (the first is here) — replace each TODO with real text`,
		);

		const filledIn = written
			.replace(/TODO: one plain sentence.*/, 'A database built to store embeddings and find the nearest ones fast.')
			.replace('related: []', 'related: [neural-network]')
			.replace('TODO?', 'Do we need one?')
			.replace('TODO.', 'Only for large collections.')
			.replace(/TODO: explain.*/, 'A store for vectors.')
			.replace(/TODO: what it changes.*/, 'It makes search by meaning affordable.');
		await writeFile(file, filledIn);
		const after = await validateContent(content);
		expect(after.problems.filter((problem) => problem.file.endsWith('vector-database.md'))).toEqual([
			expect.objectContaining({ severity: 'warning', message: expect.stringContaining('an orphan') }),
		]);
		expect(after.content).toBeDefined();
	});

	test('without --category it leaves a TODO naming the categories', async () => {
		const content = await fixtureContent('_base');
		expect((await runCli('new', ['Attention'], content.root)).code).toBe(0);
		expect(await readFile(join(content.terms, 'attention.md'), 'utf8')).toContain('category: TODO # one of: basics, training\n');
	});

	test.each([
		[['Pre-training'], 'already exists — edit it, or choose another name or --slug'],
		[['PRETRAINING'], '"PRETRAINING" is already a name of tests/.output/fixtures/_base/terms/pre-training.md'],
		[['Model adaptation', '--alias', 'Fine-Tuning'], '"Fine-Tuning" is already a name of tests/.output/fixtures/_base/terms/fine-tuning.md'],
		[['Search'], '"search" is reserved for the site\'s own /search/ page'],
		[['Attention', '--category', 'trainig'], '--category "trainig" is not a category (did you mean "training"?) — use one of: basics, training'],
	])('refuses %j, naming what is in the way', async (args, message) => {
		const content = await fixtureContent('_base');
		const result = await runCli('new', args, content.root);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(message);
	});

	test('non-ASCII names get a safe ASCII slug, or a clear request for one', async () => {
		const content = await fixtureContent('_base');
		expect((await runCli('new', ['Café crème model'], content.root)).stdout).toContain('terms/cafe-creme-model.md');
		const refused = await runCli('new', ['機械学習'], content.root);
		expect(refused.code).toBe(1);
		expect(refused.stderr.trim()).toBe(
			'npm run new: "機械学習" gives no usable file name (file names use a-z, 0-9 and hyphens) — choose one with --slug, e.g. --slug my-term',
		);
		const chosen = await runCli('new', ['機械学習', '--slug', 'kikai-gakushu'], content.root);
		expect(chosen.code).toBe(0);
		expect(await readFile(join(content.terms, 'kikai-gakushu.md'), 'utf8')).toContain('title: 機械学習\n');
	});

	test('a missing name is explained', async () => {
		const result = await runCli('new', [], (await fixtureContent('_base')).root);
		expect(result.code).toBe(2);
		expect(result.stderr.trim()).toBe('npm run new: the name: is missing — write it in quotes: npm run new -- "Term name"');
	});
});
