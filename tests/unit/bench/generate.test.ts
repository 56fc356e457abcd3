import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { contentPaths } from '../../../src/load/paths.ts';
import { validateContent } from '../../../src/validate/content.ts';
import { generateGlossary, nameWords, pseudoTranslate } from '../../bench/generate.ts';

test('the benchmark glossary with translations is valid, every term translated into every language', async () => {
	const root = 'tests/.output/bench-generate';
	const { slugs } = generateGlossary(root, 120, 5, { translations: ['es', 'ja'] });
	for (const lang of ['es', 'ja']) expect(readdirSync(join(root, lang, 'terms')).length).toBe(slugs.length);
	const report = await validateContent(contentPaths(root));
	expect(report.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
	expect(report.content!.translations).toHaveLength(240);
	// Links are found as often in each translation as in the source (in Japanese by Intl.Segmenter).
	const links = (lang?: string) => report.content![lang ? 'translations' : 'terms'].filter((term) => !lang || term.lang === lang).reduce((sum, term) => sum + term.rendered.links.length, 0);
	expect(links('es')).toBe(links());
	expect(links('ja')).toBe(links());
});

test('a pseudo-translation respells words and leaves markup and acronyms alone', () => {
	expect(pseudoTranslate('See [[token]] and [the LLM](/llm/) in `code`.', 'es')).toBe('Seeñ [[token]] andñ [theñ LLMñ](/llm/) inñ `code`.');
});

test('pseudo-Japanese spells each name one way in katakana, and other words as everyday kanji and kana', () => {
	const names = nameWords(['Café routing', 'Brelonix', 'Brelonyx']);
	const text = pseudoTranslate('A LLM, café 42, brelonix routing.', 'ja', names);
	expect(text).toMatch(/^\p{Script=Hiragana} LLM, \p{Script=Katakana}+ 四二, \p{Script=Katakana}+ \p{Script=Katakana}+\.$/u);
	const spell = (word: string) => pseudoTranslate(word, 'ja', names);
	expect(text).toContain(`${spell('Café')} 四二, ${spell('brelonix')} ${spell('routing')}.`);
	expect(spell('brelonix')).not.toBe(spell('brelonyx'));
	expect(spell('customer')).toMatch(/^\p{Script=Han}{2}\p{Script=Hiragana}*$/u);
	expect(spell('customer')).toBe(spell('Customer'));
});
