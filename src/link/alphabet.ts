import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/**
 * The A–Z index of any language, as ICU's AlphabeticIndex builds it: the headings are CLDR's
 * index characters for the language (`cldr-misc-full`, `main/<locale>/characters.json`:
 * A–Z for English, あ か さ … for Japanese, ㄱ ㄴ ㄷ … for Korean, А Б В … for Russian), and a
 * name files under the last heading that sorts before it by the language's `Intl.Collator`
 * ("Échelle" under E, "トークン" under た, "가" under ㄱ). Chinese titles file by the boundaries
 * CLDR's Chinese collations carry: pinyin's initial letter (简体中文), stroke count (繁體中文).
 */

/** The heading for names that start with a digit, a symbol, or a script the index has no heading for. */
export const OTHER_LETTER = '#';

export interface LetterGroup<T> {
	/** The heading as shown, e.g. `A`, `か`, `ㄱ`, `#`. */
	letter: string;
	/** `letter` as used in ids and URLs: `a`…`z`, `other` for `#`, code points for other scripts (`u304b`). */
	id: string;
	items: T[];
}

/** Locale-aware ordering for titles: "éclair" beside "eclair", "10x" before "2FA" only where the locale says so. */
export function titleCollator(locale: string): Intl.Collator {
	return new Intl.Collator(locale, { sensitivity: 'base', numeric: true, ignorePunctuation: false });
}

/** A heading's id, safe in a URL path and an HTML id: ASCII letters as themselves, anything else by code point. */
export function letterId(letter: string): string {
	if (letter === OTHER_LETTER) return 'other';
	if (/^[A-Za-z]$/.test(letter)) return letter.toLowerCase();
	return [...letter].map((character) => `u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`).join('-');
}

/** Scripts told apart when filing a name: a heading only takes names written in its own script. */
const SCRIPTS: readonly [string, RegExp][] = [
	['Latin', /\p{Script=Latin}/u],
	['Cyrillic', /\p{Script=Cyrillic}/u],
	['Greek', /\p{Script=Greek}/u],
	['Arabic', /\p{Script=Arabic}/u],
	['Hebrew', /\p{Script=Hebrew}/u],
	['Devanagari', /\p{Script=Devanagari}/u],
	['Bengali', /\p{Script=Bengali}/u],
	['Hangul', /\p{Script=Hangul}/u],
	// Hiragana and katakana are one syllabary for the index: トークン files under た.
	['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
	['Han', /\p{Script=Han}/u],
];

function scriptOf(text: string): string | undefined {
	const first = String.fromCodePoint(text.codePointAt(0) ?? 0);
	return SCRIPTS.find(([, pattern]) => pattern.test(first))?.[0];
}

/** The members of a CLDR UnicodeSet such as `[A B {ক্ষ} ЕЁ]`: single characters, ranges and `{strings}`. */
export function parseIndexCharacters(set: string): string[] {
	const body = set.trim().replace(/^\[/, '').replace(/\]$/, '');
	const members: string[] = [];
	const characters = [...body.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))];
	for (let index = 0; index < characters.length; index++) {
		const character = characters[index]!;
		if (/\s/.test(character)) continue;
		if (character === '{') {
			const end = characters.indexOf('}', index);
			members.push(characters.slice(index + 1, end).join(''));
			index = end;
		} else if (character === '-' && members.length > 0 && characters[index + 1]) {
			const from = members.at(-1)!.codePointAt(0)!;
			const to = characters[++index]!.codePointAt(0)!;
			for (let point = from + 1; point <= to; point++) members.push(String.fromCodePoint(point));
		} else {
			members.push(character === '\\' ? characters[++index]! : character);
		}
	}
	return members;
}

/** Where `cldr-misc-full` is: beside this module when it runs from the project, else from the working directory. */
function cldrFolder(): string | undefined {
	for (const from of [import.meta.url, join(resolve('package.json'))]) {
		try {
			return join(dirname(createRequire(from).resolve('cldr-misc-full/package.json')), 'main');
		} catch {
			// not resolvable from here: try the next place
		}
	}
	return undefined;
}

/** The CLDR locales to try for a language, most specific first: `zh-TW` → `zh-Hant-TW`, `zh-Hant`, `zh`. */
function cldrCandidates(locale: string): string[] {
	const candidates: string[] = [];
	try {
		const tag = new Intl.Locale(locale);
		const full = tag.maximize();
		const { language } = tag;
		const script = full.script;
		const region = tag.region;
		candidates.push(tag.baseName);
		if (script && region) candidates.push(`${language}-${script}-${region}`);
		// A script other than the language's usual one decides the letters (zh-Hant, sr-Latn).
		if (script && script !== new Intl.Locale(language).maximize().script) candidates.push(`${language}-${script}`);
		if (region) candidates.push(`${language}-${region}`);
		candidates.push(language);
	} catch {
		// not a language tag: English below
	}
	return [...new Set([...candidates, 'en'])];
}

const indexCharacters = new Map<string, string[]>();

/** CLDR's index characters for a locale, read from `cldr-misc-full` once per locale (English when it has none). */
export function cldrIndexCharacters(locale: string): string[] {
	let found = indexCharacters.get(locale);
	if (found) return found;
	const folder = cldrFolder();
	if (!folder) throw new Error('cldr-misc-full is not installed: run npm install.');
	for (const candidate of cldrCandidates(locale)) {
		const file = join(folder, candidate, 'characters.json');
		if (!existsSync(file)) continue;
		const data = JSON.parse(readFileSync(file, 'utf8')) as { main: Record<string, { characters: { index?: string } }> };
		const index = Object.values(data.main)[0]?.characters.index;
		if (!index) continue;
		found = parseIndexCharacters(index);
		break;
	}
	found ??= [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
	indexCharacters.set(locale, found);
	return found;
}

/** A heading and the strings that open it in collation order: the heading itself, or a collation boundary. */
interface Heading {
	letter: string;
	/** Shown only when some name files under it (A–Z in a language written in another script, stroke counts). */
	optional: boolean;
	anchors: { text: string; script: string | undefined }[];
}

/** The Chinese collations' boundaries: U+FDD0 and a pinyin letter, or a stroke count as a braille pattern. */
const BOUNDARY = '\uFDD0';
const strokeBoundary = (strokes: number) => `${BOUNDARY}${String.fromCodePoint(0x2800 + strokes)}`;
/** More strokes than any CJK character has. */
const MAX_STROKES = 64;

export interface IndexAlphabet {
	/** The headings in index order: `#` first, then the language's own. */
	letters: readonly string[];
	/** Headings left out of the index when no name files under them. */
	optional: ReadonlySet<string>;
	/** The heading a name files under (`#` when none of the language's headings takes it). */
	letterOf(title: string): string;
}

/**
 * The index headings of a language, and where each name files. A language written in another
 * script than Latin also gets A–Z, as glossaries in any language have names such as "GPU".
 */
export function indexAlphabet(locale: string, collator: Intl.Collator = titleCollator(locale)): IndexAlphabet {
	const pinyin = collator.compare(`${BOUNDARY}A`, '阿') < 0 && collator.compare(`${BOUNDARY}B`, '阿') > 0;
	const strokeOrder = collator.compare(strokeBoundary(1), '一') < 0 && collator.compare(strokeBoundary(2), '一') > 0;
	// Ordered by stroke count, Chinese files by strokes, not under CLDR's radicals (which fit another order).
	const own = cldrIndexCharacters(locale).filter((letter) => !strokeOrder || scriptOf(letter) !== 'Han');
	const latin = own.some((letter) => scriptOf(letter) === 'Latin') ? [] : cldrIndexCharacters('en');
	const headings: Heading[] = [];
	// Letters the collation does not tell apart (Е and Ё for a Russian reader) are one heading.
	for (const [letters, optional] of [[own, false], [latin, true]] as const) {
		for (const letter of letters) {
			if (headings.some((heading) => collator.compare(heading.letter, letter) === 0)) continue;
			headings.push({ letter, optional, anchors: [{ text: letter, script: scriptOf(letter) }] });
		}
	}
	const han = (text: string) => ({ text, script: 'Han' });
	if (pinyin) {
		// Pinyin: Chinese titles file under the Latin letter their reading starts with.
		for (const heading of headings) if (scriptOf(heading.letter) === 'Latin') heading.anchors.push(han(`${BOUNDARY}${heading.letter}`));
	} else if (strokeOrder) {
		// Stroke order: Chinese titles file under their first character's stroke count.
		for (let strokes = 1; strokes <= MAX_STROKES; strokes++) headings.push({ letter: `${strokes}畫`, optional: true, anchors: [han(strokeBoundary(strokes))] });
	}
	headings.sort((a, b) => collator.compare(a.anchors[0]!.text, b.anchors[0]!.text));
	const anchors = headings
		.flatMap((heading) => heading.anchors.map((anchor) => ({ ...anchor, letter: heading.letter })))
		.sort((a, b) => collator.compare(a.text, b.text));

	return {
		letters: [OTHER_LETTER, ...headings.map((heading) => heading.letter)],
		optional: new Set(headings.filter((heading) => heading.optional).map((heading) => heading.letter)),
		letterOf(title) {
			// The last anchor at or before the title, in collation order.
			let low = 0;
			let high = anchors.length;
			while (low < high) {
				const middle = (low + high) >>> 1;
				if (collator.compare(anchors[middle]!.text, title) <= 0) low = middle + 1;
				else high = middle;
			}
			const anchor = anchors[low - 1];
			return anchor && anchor.script === scriptOf(title) ? anchor.letter : OTHER_LETTER;
		},
	};
}

const alphabets = new Map<string, IndexAlphabet>();

/** A language's index alphabet, built once per locale. */
export function alphabetOf(locale: string): IndexAlphabet {
	let alphabet = alphabets.get(locale);
	if (!alphabet) alphabets.set(locale, (alphabet = indexAlphabet(locale)));
	return alphabet;
}

/**
 * Groups items under every heading of the language's index, empty ones included (the navigation
 * shows them disabled), except optional ones that no name files under. Items must
 * arrive sorted; each keeps its order within its heading.
 */
export function groupByLetter<T>(items: readonly T[], titleOf: (item: T) => string, locale = 'en'): LetterGroup<T>[] {
	const alphabet = alphabetOf(locale);
	const groups = new Map<string, T[]>(alphabet.letters.map((letter) => [letter, []]));
	for (const item of items) groups.get(alphabet.letterOf(titleOf(item)))!.push(item);
	const letters = alphabet.letters.filter((letter) => !alphabet.optional.has(letter) || groups.get(letter)!.length > 0);
	return letters.map((letter) => ({ letter, id: letterId(letter), items: groups.get(letter)! }));
}
