import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { GlossaryExportSchema } from '../../src/schemas/export.ts';
import { buildSite, SITES } from '../helpers/sites.ts';

/** The `translations` fixture over the valid base glossary, in a folder of its own (unit tests rewrite theirs). */
const CONTENT = 'tests/.output/content/translations-data';
const OUT = 'tests/.output/sites/translations-data';

beforeAll(async () => {
	await rm(CONTENT, { recursive: true, force: true });
	await mkdir(CONTENT, { recursive: true });
	await cp('tests/fixtures/_base', CONTENT, { recursive: true });
	await cp('tests/fixtures/translations', CONTENT, { recursive: true });
	const result = await buildSite(CONTENT, OUT);
	if (result.code !== 0) throw new Error(`Building the translated fixture failed:\n${result.stderr}\n${result.stdout}`);
}, 120_000);

describe('glossary.json on a site with translations', () => {
	test('carries each language\'s glossary under translations, the default language\'s fields as before', async () => {
		const data = GlossaryExportSchema.parse(JSON.parse(await readFile(join(OUT, 'glossary.json'), 'utf8')));
		expect(data.language).toBe('en');
		expect(data.terms.map((term) => term.slug)).toEqual(['fine-tuning', 'neural-network', 'pre-training']);
		expect(Object.keys(data.translations!)).toEqual(['es', 'ja']);
		const es = data.translations!['es']!;
		expect(es).toMatchObject({ name: 'Glosario de prueba', url: 'https://glossary.test/es/', language: 'es' });
		expect(es.categories['training']).toEqual({ name: 'Entrenamiento', description: 'How models learn.' });
		// In Spanish index order, each with its own page and the source's category and related terms where it gives none.
		expect(es.terms).toEqual([
			{
				slug: 'fine-tuning',
				url: 'https://glossary.test/es/fine-tuning/',
				title: 'Ajuste fino',
				aliases: ['Afinado'],
				summary: 'Entrenamiento adicional de un modelo ya entrenado con un conjunto de datos pequeño y específico.',
				category: 'training',
				tags: [],
				related: ['pre-training'],
				updated: '2026-11-22',
			},
			expect.objectContaining({ slug: 'pre-training', title: 'Preentrenamiento', related: ['fine-tuning'], updated: '2026-11-21' }),
		]);
		// In the language's index order: 事前学習 by its reading (じぜん…), before ニューラル…
		expect(data.translations!['ja']!.terms.map((term) => [term.slug, term.title, term.reading])).toEqual([
			['pre-training', '事前学習', 'じぜんがくしゅう'],
			['neural-network', 'ニューラルネットワーク', undefined],
		]);
	});

	test('a one-language site has no translations field', async () => {
		const data = JSON.parse(await readFile(join(SITES.basic.out, 'glossary.json'), 'utf8')) as Record<string, unknown>;
		expect(data).not.toHaveProperty('translations');
	});
});
