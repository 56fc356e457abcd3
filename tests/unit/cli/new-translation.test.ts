import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../../src/validate/content.ts';
import { formatProblem } from '../../../src/validate/problem.ts';
import { runCli } from '../../helpers/cli.ts';
import { fixtureContent } from '../../helpers/fixtures.ts';

describe('npm run new -- --lang', () => {
	test('scaffolds a translation from its source term, which passes validation once its TODOs are translated', async () => {
		const content = await fixtureContent('translations');
		const result = await runCli('new', ['--lang', 'es', '--slug', 'neural-network'], content.root);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout.replaceAll('tests/.output/fixtures/translations/', 'content/')).toMatchSnapshot();

		const file = join(content.root, 'es/terms/neural-network.md');
		const written = await readFile(file, 'utf8');
		expect(written).toMatchSnapshot();
		const before = await validateContent(content);
		expect(before.content).toBeUndefined();
		const errors = before.problems.filter((problem) => problem.severity === 'error');
		expect(errors.map(formatProblem)).toEqual([
			'tests/.output/fixtures/translations/es/terms/neural-network.md:4: title: still has 3 TODOs from the template (the first is here) — replace each TODO with real text',
		]);

		const translated = written
			.replace(/title: .*/, 'title: Red neuronal')
			.replace(/summary: .*/, 'summary: Un modelo de capas de unidades simples conectadas que aprenden patrones de ejemplos.')
			.replace(/TODO: translate.*\n\n/, '')
			.replace('## What is a neural network?\n\nLayers of units.', '## ¿Qué es una red neuronal?\n\nCapas de unidades, como en el [[pre-training]].');
		await writeFile(file, translated);
		const after = await validateContent(content);
		expect(after.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(after.content!.translations.find((term) => term.lang === 'es' && term.slug === 'neural-network')).toMatchObject({
			title: 'Red neuronal',
			category: 'basics',
			related: ['pre-training'],
		});
	});

	test('a translated name and aliases can be given on the command line', async () => {
		const content = await fixtureContent('translations');
		const result = await runCli('new', ['--lang', 'ja', '--slug', 'fine-tuning', 'ファインチューニング', '--alias', '微調整'], content.root);
		expect(result.code, result.stderr).toBe(0);
		const written = await readFile(join(content.root, 'ja/terms/fine-tuning.md'), 'utf8');
		expect(written).toContain('title: ファインチューニング\n');
		expect(written).toContain('aliases: [微調整]\n');
	});

	test.each([
		[['--lang', 'fr', '--slug', 'fine-tuning'], 1, 'npm run new: --lang "fr" is not a language of this site (its other languages are es, ja) — add it to locales in site.yml, e.g. locales: [en, es, ja, fr]'],
		[['--lang', 'en', '--slug', 'fine-tuning'], 1, 'npm run new: --lang "en" is the default language — its terms are written with npm run new -- "Term name"'],
		[['--lang', 'es', '--slug', 'fine-tunning'], 1, 'npm run new: --slug "fine-tunning" is not a term (did you mean "fine-tuning"?) — name the term to translate by its file name without .md'],
		[['--lang', 'es', '--slug', 'fine-tuning'], 1, 'npm run new: tests/.output/fixtures/translations/es/terms/fine-tuning.md already exists — edit it instead'],
		[['--lang', 'es', '--slug', 'neural-network', 'Ajuste fino'], 1, 'npm run new: "Ajuste fino" is already a name of tests/.output/fixtures/translations/es/terms/fine-tuning.md — give this translation another name'],
		[['--lang', 'es'], 2, 'npm run new: --slug: is missing — name the term to translate by its file name, e.g. --lang es --slug pre-training'],
	])('refuses %j, saying why', async (args, code, message) => {
		const result = await runCli('new', args, (await fixtureContent('translations')).root);
		expect(result.code).toBe(code);
		expect(result.stderr.trim()).toBe(message);
	});

	test('a language code is a reserved slug for new terms', async () => {
		const result = await runCli('new', ['ES'], (await fixtureContent('translations')).root);
		expect(result.code).toBe(1);
		expect(result.stderr.trim()).toBe('npm run new: "es" is reserved for the site\'s own /es/ pages — choose another name or --slug');
	});
});
