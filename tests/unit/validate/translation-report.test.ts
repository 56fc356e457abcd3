import { describe, expect, test } from 'vitest';
import { validateContent } from '../../../src/validate/content.ts';
import { translationProgress } from '../../../src/validate/translation-report.ts';
import { fixtureContent } from '../../helpers/fixtures.ts';

describe('translation progress', () => {
	test('counts translated, missing and outdated per language, by the updated fields', async () => {
		const report = await validateContent(await fixtureContent('translations'), { bodies: 'skip' });
		const progress = translationProgress(report, new Map());
		expect(progress.map(({ lang, total, translated, missing, outdated }) => ({ lang, total, translated, missing: missing.map((entry) => entry.slug), outdated: outdated.map((entry) => entry.slug) }))).toEqual([
			{ lang: 'es', total: 3, translated: ['fine-tuning', 'pre-training'], missing: ['neural-network'], outdated: [] },
			{ lang: 'ja', total: 3, translated: ['neural-network', 'pre-training'], missing: ['fine-tuning'], outdated: ['pre-training'] },
		]);
	});

	test('without updated fields, the last commit dates decide', async () => {
		const paths = await fixtureContent('translations');
		const report = await validateContent(paths, { bodies: 'skip' });
		const root = 'tests/.output/fixtures/translations';
		// neural-network has no updated field in either language: its source's commit is newer.
		const dates = new Map([
			[`${root}/terms/neural-network.md`, '2026-11-25'],
			[`${root}/ja/terms/neural-network.md`, '2026-11-24'],
		]);
		const ja = translationProgress(report, dates).find((language) => language.lang === 'ja')!;
		expect(ja.outdated).toEqual([
			{ slug: 'neural-network', file: `${root}/ja/terms/neural-network.md`, sourceFile: `${root}/terms/neural-network.md`, sourceDate: '2026-11-25', date: '2026-11-24' },
			{ slug: 'pre-training', file: `${root}/ja/terms/pre-training.md`, sourceFile: `${root}/terms/pre-training.md`, sourceDate: '2026-11-20', date: '2026-11-19' },
		]);
		// No date on one side: not called outdated.
		expect(translationProgress(report, new Map([[`${root}/terms/neural-network.md`, '2026-11-25']])).find((language) => language.lang === 'ja')!.outdated.map((entry) => entry.slug)).toEqual(['pre-training']);
	});

	test('a translation file with errors still counts as translated, not missing', async () => {
		const paths = await fixtureContent('translations');
		const { writeFile } = await import('node:fs/promises');
		await writeFile(`${paths.root}/es/terms/neural-network.md`, '---\ntitle: Red neuronal\n---\n');
		const report = await validateContent(paths, { bodies: 'skip' });
		expect(report.content).toBeUndefined();
		expect(translationProgress(report, new Map()).find((language) => language.lang === 'es')!.missing).toEqual([]);
	});
});
