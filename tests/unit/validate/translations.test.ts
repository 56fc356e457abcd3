import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../../src/validate/content.ts';
import { fixtureContent } from '../../helpers/fixtures.ts';
import { fixtureReport } from '../../helpers/validation.ts';

const report = (name: string, bodies: 'check' | 'render' = 'check') => fixtureReport(name, { bodies });

describe('a glossary with translations', () => {
	test('loads each translation with its language, and category and related from its source unless given', async () => {
		const result = await report('translations');
		expect(result.lines).toEqual([]);
		expect(result.warnings).toEqual([]);
		const translations = result.content!.translations.map(({ lang, slug, title, category, related }) => ({ lang, slug, title, category, related }));
		expect(translations).toEqual([
			{ lang: 'es', slug: 'fine-tuning', title: 'Ajuste fino', category: 'training', related: ['pre-training'] },
			{ lang: 'es', slug: 'pre-training', title: 'Preentrenamiento', category: 'training', related: ['fine-tuning'] },
			{ lang: 'ja', slug: 'neural-network', title: 'ニューラルネットワーク', category: 'basics', related: ['pre-training'] },
			{ lang: 'ja', slug: 'pre-training', title: '事前学習', category: 'training', related: ['fine-tuning', 'neural-network'] },
		]);
		expect(result.content!.terms.every((term) => term.lang === 'en')).toBe(true);
	});

	test('translated category names replace the default ones field by field; untranslated ones fall back', async () => {
		const { content } = await report('translations');
		expect(content!.categoryTranslations['es']).toEqual({
			basics: { name: 'Basics', description: 'Ideas everything else builds on.' },
			training: { name: 'Entrenamiento', description: 'How models learn.' },
		});
		expect(content!.categoryTranslations['ja']!['training']).toEqual(content!.categories['training']);
	});

	test('a one-language glossary has no translations, and its terms are in its locale', async () => {
		const { content } = await report('_base');
		expect(content!.translations).toEqual([]);
		expect(content!.categoryTranslations).toEqual({});
		expect(content!.terms.map((term) => term.lang)).toEqual(['en', 'en', 'en']);
	});

	test('a translation of a draft is not published either', async () => {
		const paths = await fixtureContent('translations');
		const edit = async (slug: string, from: string, to: string) => {
			const file = join(paths.terms, `${slug}.md`);
			await writeFile(file, (await readFile(file, 'utf8')).replace(from, to));
		};
		await edit('neural-network', 'category: basics', 'category: basics\ndraft: true');
		await edit('pre-training', 'related: [fine-tuning, neural-network]', 'related: [fine-tuning]');
		const result = await validateContent(paths);
		expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(result.content!.translations.find((term) => term.lang === 'ja' && term.slug === 'neural-network')?.draft).toBe(true);
	});
});


describe('rules per language', () => {
	test('a one-language site keeps other folders as before; one named like a language asks for locales', async () => {
		const { lines } = await report('language-folder-without-locales');
		expect(lines).toEqual([
			'tests/.output/fixtures/language-folder-without-locales/es/:1: is not a language of this site (site.yml names no other language) — add it to site.yml, locales: [en, es]; or remove the folder',
		]);
	});

	test('titles and aliases are unique within a language, not across languages', async () => {
		const { lines } = await report('title-duplicate-in-language');
		expect(lines.join('\n')).toContain('es/terms/pre-training.md:2: title: "ENTRENAMIENTO" is already the title of');
		// "Neural network" is the English title too: another language, no clash.
		expect(lines.join('\n')).not.toContain('neural-network.md');
	});

	test('a translation that names no term points at the likely file', async () => {
		const { lines } = await report('translation-without-source');
		expect(lines[0]).toContain('es/terms/fine-tunning.md:1: translates no term');
		expect(lines[0]).toContain('(did you mean "fine-tuning.md"?)');
	});

	test('a language written in Cyrillic may mix Latin into its own words; look-alikes are found within the language', async () => {
		const text = (await report('look-alike-in-language')).lines.join('\n');
		expect(text).not.toContain('iPhoneом');
		expect(text).toContain('"Дooбучение" looks the same as "Дообучение"');
		expect(text).toContain('"αlpha" mixes Latin and Greek letters');
	});

	test('section warnings follow each language\'s settings, and can be off while the others stay', async () => {
		const result = await report('warning-sections-language');
		expect(result.lines).toEqual([]);
		expect(result.content).toBeDefined();
		expect(result.warnings.join('\n')).toMatchSnapshot();
		// sections: false for English: no section warning, but the summary's still comes.
		expect(result.warnings.filter((line) => line.includes('warning-sections-language/terms/'))).toEqual([
			'tests/.output/fixtures/warning-sections-language/terms/neural-network.md:3: warning: summary: is more than one sentence — keep the definition to one sentence and move the rest into the body',
		]);
		// Japanese words are found by Intl.Segmenter: a summary that starts with the title defines it by itself.
		expect(result.warnings).toContain(
			'tests/.output/fixtures/warning-sections-language/ja/terms/neural-network.md:3: warning: summary: defines the term by itself ("ニューラルネットワーク") — say what it is in other words',
		);
		// Spanish: "¿Qué son …" counts as the first section; the second is missing in one entry.
		expect(result.warnings.filter((line) => line.includes('/es/terms/'))).toEqual([
			'tests/.output/fixtures/warning-sections-language/es/terms/fine-tuning.md:5: warning: body: has no "## Por qué importa Ajuste fino" section — add one (recommended for every entry)',
		]);
	});
});

describe('links in a translation', () => {
	test('go to the translated page, or to the default language\'s page, marked, when the term is not translated', async () => {
		const { content } = await report('link-untranslated-fallback', 'render');
		const html = (slug: string) => content!.translations.find((term) => term.slug === slug)!.rendered.html;
		expect(html('fine-tuning')).toContain('<a href="/es/pre-training/" class="term-link" data-term="pre-training">Preentrenamiento</a>');
		expect(html('fine-tuning')).toContain(
			'<a href="/neural-network/" class="term-link term-link--fallback" data-term="neural-network" hreflang="en" dir="auto">neural network<span class="term-link-lang"> (EN)</span></a>',
		);
		expect(html('pre-training')).toContain(
			'<a href="/neural-network/" class="term-link term-link--fallback" data-term="neural-network" hreflang="en" dir="auto">una red neuronal<span class="term-link-lang"> (EN)</span></a>',
		);
		expect(html('pre-training')).toContain('<a href="/es/fine-tuning/" class="term-link" data-term="fine-tuning">ajuste fino</a>');
		// English plural rules do not apply to Spanish: "preentrenamientos" is not "Preentrenamiento".
		expect(html('pre-training')).not.toContain('>preentrenamientos<');
		expect(content!.translations.find((term) => term.slug === 'fine-tuning')!.rendered.links.sort()).toEqual(['neural-network', 'pre-training']);
	});

	test('find names in Japanese by its word boundaries', async () => {
		const { content } = await report('translations', 'render');
		const body = content!.translations.find((term) => term.lang === 'ja' && term.slug === 'neural-network')!.rendered.html;
		expect(body).toContain('<a href="/ja/pre-training/" class="term-link" data-term="pre-training">事前学習</a>の対象');
	});
});
