import { describe, expect, test } from 'vitest';
import { en } from '../../../src/i18n/strings/en.ts';
import { canonicalTag, direction, languageName, placeholders, translator, UI_LANGUAGES, uiLanguageFor, uiStrings } from '../../../src/i18n/ui.ts';

const REQUIRED = ['en', 'es', 'fr', 'de', 'pt-br', 'ja', 'zh-cn', 'zh-tw', 'ko', 'hi', 'bn', 'ur', 'ar', 'ru', 'uk'];
const sorted = (names: string[]) => [...names].sort();

describe('interface strings', () => {
	test('every required language has a module', () => {
		expect(sorted(Object.keys(UI_LANGUAGES))).toEqual(sorted(REQUIRED));
	});

	describe.each(Object.entries(UI_LANGUAGES))('%s', (lang, strings) => {
		const categories = new Intl.PluralRules(canonicalTag(lang)).resolvedOptions().pluralCategories;

		test('has exactly the English keys, none empty', () => {
			expect(sorted(Object.keys(strings))).toEqual(sorted(Object.keys(en)));
			for (const [key, value] of Object.entries(strings)) {
				const texts = typeof value === 'string' ? [value] : Object.values(value);
				// Suffixes read after another string may be empty in a language that does not need them.
				if (!key.endsWith('Suffix')) for (const text of texts) expect(text.trim(), `${lang}.${key}`).not.toBe('');
			}
		});

		test('keeps the placeholders of every English string', () => {
			for (const [key, english] of Object.entries(en)) {
				const value = strings[key as keyof typeof strings];
				if (typeof english === 'string') {
					expect(typeof value, `${lang}.${key}`).toBe('string');
					expect(sorted(placeholders(value as string)), `${lang}.${key}`).toEqual(sorted(placeholders(english)));
					continue;
				}
				expect(typeof value, `${lang}.${key}`).toBe('object');
				const forms = value as Record<string, string>;
				const expected = sorted([...new Set(Object.values(english).flatMap(placeholders))]);
				// `other` says the count; a form for one exact number ("مصطلح واحد") may leave it out.
				expect(sorted(placeholders(forms['other']!)), `${lang}.${key}.other`).toEqual(expected);
				for (const [form, text] of Object.entries(forms)) {
					for (const name of placeholders(text)) expect(expected, `${lang}.${key}.${form}`).toContain(name);
				}
			}
		});

		test(`has a form for each of its plural categories (${categories.join(', ')})`, () => {
			for (const [key, value] of Object.entries(strings)) {
				if (typeof value === 'string') continue;
				expect(sorted(Object.keys(value)), `${lang}.${key}`).toEqual(sorted([...categories]));
			}
		});
	});
});

describe('choosing a language', () => {
	test.each([
		['pt-br', 'pt-br'],
		['pt-BR', 'pt-br'],
		['pt', 'pt-br'],
		['pt-pt', 'pt-br'],
		['zh-cn', 'zh-cn'],
		['zh-Hant-HK', 'zh-tw'],
		['zh-hk', 'zh-tw'],
		['zh', 'zh-cn'],
		['en-GB', 'en'],
		['de-CH', 'de'],
		['sw', 'en'],
	])('%s uses the %s strings', (lang, module) => {
		expect(uiLanguageFor(lang)).toBe(module);
	});

	test('the site’s own wording replaces single strings and keeps the rest', () => {
		const strings = uiStrings('es', { glossary: 'Diccionario', termCount: { one: '{count} voz', many: '{count} de voces', other: '{count} voces' } });
		expect(strings.glossary).toBe('Diccionario');
		expect(strings.definition).toBe('Definición');
		expect(translator('es', { termCount: strings.termCount }).n('termCount', 3)).toBe('3 voces');
	});

	test('right-to-left languages', () => {
		expect(['ar', 'he', 'fa', 'ur', 'ur-PK'].map(direction)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
		expect(['en', 'ja', 'zh-cn', 'hi', 'ru'].map(direction)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
	});

	test('counts, plural forms and dates follow the language', () => {
		expect(translator('en').n('termCount', 1)).toBe('1 term');
		expect(translator('en').n('termCount', 1500)).toBe('1,500 terms');
		expect(translator('ru').n('termCount', 22)).toBe('22 термина');
		expect(translator('ru').n('termCount', 25)).toBe('25 терминов');
		expect(translator('ar').n('termCount', 2)).toBe('مصطلحان');
		expect(translator('ar').n('termCount', 11)).toBe('11 مصطلحًا');
		expect(translator('bn').n('termCount', 12)).toBe('১২টি পরিভাষা');
		expect(translator('ja').date('2026-11-20')).toBe('2026年11月20日');
		expect(translator('es').date('2026-11-20')).toBe('20 de noviembre de 2026');
		expect(translator('en', {}, 'en-GB').date('2026-11-20')).toBe('20 November 2026');
	});

	test('languages are named in their own language', () => {
		expect(['en', 'es', 'ja', 'zh-cn', 'zh-tw', 'ur', 'pt-br'].map(languageName)).toEqual([
			'English',
			'Español',
			'日本語',
			'简体中文',
			'繁體中文',
			'اردو',
			'Português (Brasil)',
		]);
		expect(canonicalTag('zh-cn')).toBe('zh-CN');
	});
});
