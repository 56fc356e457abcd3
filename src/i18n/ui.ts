import { ar } from './strings/ar.ts';
import { bn } from './strings/bn.ts';
import { de } from './strings/de.ts';
import { en, type PluralKey, type PluralStrings, type TextKey, type UiStrings } from './strings/en.ts';
import { enSearch } from './strings/en-search.ts';
import { fill, type Values } from './fill.ts';
import { es } from './strings/es.ts';
import { fr } from './strings/fr.ts';
import { hi } from './strings/hi.ts';
import { ja } from './strings/ja.ts';
import { ko } from './strings/ko.ts';
import { ptBr } from './strings/pt-br.ts';
import { ru } from './strings/ru.ts';
import { uk } from './strings/uk.ts';
import { ur } from './strings/ur.ts';
import { zhCn } from './strings/zh-cn.ts';
import { zhTw } from './strings/zh-tw.ts';

export type { PluralKey, PluralStrings, TextKey, UiStrings };
export { fill };

/** The languages the interface ships in, by lower-case BCP 47 code (as written in `site.yml`). */
export const UI_LANGUAGES: Readonly<Record<string, UiStrings>> = {
	en,
	es,
	fr,
	de,
	'pt-br': ptBr,
	ja,
	'zh-cn': zhCn,
	'zh-tw': zhTw,
	ko,
	hi,
	bn,
	ur,
	ar,
	ru,
	uk,
};

/** Chinese tags that name a script or region rather than `zh-cn`/`zh-tw`, and the module that fits them. */
const CHINESE: Readonly<Record<string, string>> = { zh: 'zh-cn', 'zh-hans': 'zh-cn', 'zh-sg': 'zh-cn', 'zh-hant': 'zh-tw', 'zh-hk': 'zh-tw', 'zh-mo': 'zh-tw' };

/**
 * The shipped module a language's interface is written in: the tag itself (`pt-br`), then its
 * language (`pt-pt` → `pt`), then another variant of that language (`pt` → `pt-br`,
 * `zh-hant-hk` → `zh-tw`), else English. Returns the module's code.
 */
export function uiLanguageFor(lang: string): string {
	const tag = lang.toLowerCase();
	const subtags = tag.split('-');
	for (let length = subtags.length; length > 0; length--) {
		const candidate = subtags.slice(0, length).join('-');
		if (UI_LANGUAGES[candidate]) return candidate;
		if (CHINESE[candidate]) return CHINESE[candidate];
	}
	const sibling = Object.keys(UI_LANGUAGES).find((code) => code.split('-')[0] === subtags[0]);
	return sibling ?? 'en';
}

/** A language's interface strings, with the site's own wording (`site.yml`) over them key by key. */
export function uiStrings(lang: string, overrides: Partial<UiStrings> = {}): UiStrings {
	const base = UI_LANGUAGES[uiLanguageFor(lang)]!;
	const defined = Object.entries(overrides).filter(([key, value]) => value !== undefined && key in en);
	return defined.length === 0 ? base : { ...base, ...Object.fromEntries(defined) };
}

/** Scripts written right to left, by language, for engines without `Intl.Locale#getTextInfo`. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb', 'syr']);

/** The text direction of a language: `rtl` for Arabic, Hebrew, Persian, Urdu and the like. */
export function direction(lang: string): 'ltr' | 'rtl' {
	try {
		const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => { direction?: string } };
		const info = locale.getTextInfo?.();
		if (info?.direction) return info.direction === 'rtl' ? 'rtl' : 'ltr';
		return RIGHT_TO_LEFT.has(locale.language) ? 'rtl' : 'ltr';
	} catch {
		return 'ltr';
	}
}

/** A tag as `<html lang>`, `hreflang` and feeds write it: `zh-cn` → `zh-CN`, `pt-br` → `pt-BR`. */
export function canonicalTag(lang: string): string {
	try {
		return Intl.getCanonicalLocales(lang)[0] ?? lang;
	} catch {
		return lang;
	}
}

/** Chinese is named by its script, as readers choose it: 简体中文, 繁體中文. */
const DISPLAY_TAG: Readonly<Record<string, string>> = { 'zh-cn': 'zh-Hans', 'zh-sg': 'zh-Hans', 'zh-tw': 'zh-Hant', 'zh-hk': 'zh-Hant' };

const names = new Map<string, string>();

/** A language's name in that language ("Español", "日本語", "اردو"), for the language switcher. */
export function languageName(lang: string): string {
	let name = names.get(lang);
	if (name === undefined) {
		const tag = DISPLAY_TAG[lang.toLowerCase()] ?? canonicalTag(lang);
		try {
			const own = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? lang;
			name = own.charAt(0).toLocaleUpperCase(tag) + own.slice(1);
		} catch {
			name = lang;
		}
		names.set(lang, name);
	}
	return name;
}

/** The `{name}` placeholders of a template, in order. */
export function placeholders(template: string): string[] {
	return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

/** A template cut at its placeholders: text, and `{ slot }` where a value (a link, say) goes. */
export type Part = string | { slot: string };

/**
 * A template cut at the placeholders `values` does not fill: text (with the others filled in),
 * and `{ slot }` where the page puts an element, e.g. a link.
 */
export function templateParts(template: string, values: Values = {}): Part[] {
	const parts: Part[] = [];
	template.split(/\{(\w+)\}/).forEach((piece, index) => {
		const text = index % 2 === 0 ? piece : piece in values ? String(values[piece]) : undefined;
		if (text === undefined) parts.push({ slot: piece });
		else if (typeof parts.at(-1) === 'string') parts[parts.length - 1] += text;
		else if (text) parts.push(text);
	});
	return parts;
}

/** The strings of one language with what formats them: counts, plural forms and dates in that language. */
export interface Translator {
	/** The code as in `site.yml`, e.g. `pt-br`. */
	lang: string;
	/** As `<html lang>` writes it, e.g. `pt-BR`. */
	tag: string;
	dir: 'ltr' | 'rtl';
	strings: UiStrings;
	/** A string with its placeholders filled in. */
	t(key: TextKey, values?: Values): string;
	/** A string cut where elements go: the placeholders `values` leaves out (see `templateParts`). */
	parts(key: TextKey, values?: Values): Part[];
	/** The plural form for `count` (formatted as `{count}`), with the other placeholders filled in. */
	n(key: PluralKey, count: number, values?: Values): string;
	number(value: number): string;
	/** A calendar date (`YYYY-MM-DD`) as readers of the language write it. */
	date(date: string): string;
}

/** Picks the plural form of `forms` for `count`, falling back to `other`. */
export function pluralForm(forms: PluralStrings, rules: Intl.PluralRules, count: number): string {
	return forms[rules.select(count)] ?? forms.other;
}

const translators = new Map<string, Translator>();

/**
 * The translator of a language. `locale` is the tag numbers and dates follow (the site's
 * `locale` for the default language, e.g. `en-GB`), `overrides` the site's own wording.
 * Built once per language and wording: formatters cost more to make than to use.
 */
export function translator(lang: string, overrides: Partial<UiStrings> = {}, locale = lang): Translator {
	const cacheKey = JSON.stringify([lang, locale, overrides]);
	const cached = translators.get(cacheKey);
	if (cached) return cached;
	const strings = uiStrings(lang, overrides);
	const numbers = new Intl.NumberFormat(locale);
	const rules = new Intl.PluralRules(locale);
	const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
	const formattedDates = new Map<string, string>();
	const made: Translator = {
		lang,
		tag: canonicalTag(lang),
		dir: direction(lang),
		strings,
		t: (key, values) => fill(strings[key], values),
		parts: (key, values) => templateParts(strings[key], values),
		n: (key, count, values = {}) => fill(pluralForm(strings[key], rules, count), { ...values, count: numbers.format(count) }),
		number: (value) => numbers.format(value),
		date: (date) => {
			// Thousands of pages share a few hundred dates.
			let formatted = formattedDates.get(date);
			if (formatted === undefined) formattedDates.set(date, (formatted = dates.format(new Date(`${date}T00:00:00Z`))));
			return formatted;
		},
	};
	translators.set(cacheKey, made);
	return made;
}

/** The words the browser's code needs (search, previews). */
export type ClientStrings = { [K in keyof typeof enSearch]: UiStrings[K] };

/**
 * The browser's strings for a page, as JSON, or `undefined` when they are the English ones the
 * browser's code already has: an English page carries nothing extra.
 */
export function clientStrings(strings: UiStrings): string | undefined {
	// Every page's search box asks: the answer is worked out once per language.
	if (clientStringsOf.has(strings)) return clientStringsOf.get(strings);
	const json = clientStringsJson(strings);
	clientStringsOf.set(strings, json);
	return json;
}

const clientStringsOf = new WeakMap<UiStrings, string | undefined>();

function clientStringsJson(strings: UiStrings): string | undefined {
	const keys = Object.keys(enSearch) as (keyof typeof enSearch)[];
	if (keys.every((key) => JSON.stringify(strings[key]) === JSON.stringify(en[key]))) return undefined;
	return JSON.stringify(Object.fromEntries(keys.map((key) => [key, strings[key]])));
}
