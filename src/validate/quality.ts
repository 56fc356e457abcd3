import { readFileSync } from 'node:fs';
import { htmlTagNames } from 'html-tag-names';
import { fieldName } from './gateway.ts';
import { identityKey } from './keys.ts';
import { alphabetOf, OTHER_LETTER } from '../link/alphabet.ts';
import { writtenWithoutSpaces } from '../link/term-links.ts';
import type { Quality, Section } from '../schemas/site.ts';
import type { Problem } from './problem.ts';
import type { ParsedTerm } from './rules.ts';

/** Past this length a definition stops being a glance. */
export const SUMMARY_MAX_LENGTH = 200;

const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})|[。！？](?=\s*\S)/u;

/** The sections the default language's entries should have unless `site.yml` says otherwise. */
export const DEFAULT_SECTIONS: readonly Section[] = [
	{ heading: 'What is {title}?', match: ['What is *', 'What are *'] },
	{ heading: 'Why {title} matters for business', match: ['Why * matter*'] },
];

/** The sections one language's entries should have: as `site.yml` says, else the default language's two, and none in other languages. */
export function sectionsFor(quality: Quality | undefined, isDefault: boolean): readonly Section[] {
	const sections = quality?.sections;
	if (sections === false) return [];
	return sections ?? (isDefault ? DEFAULT_SECTIONS : []);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A `##` heading pattern from a section's `match` (or its `heading`): `*` stands for any text, case is ignored. */
function sectionPattern(section: Section): RegExp {
	const globs = section.match ?? [section.heading.replaceAll('{title}', '*')];
	const alternatives = globs.map((glob) => glob.trim().split('*').map((part) => escapeRegExp(part).replace(/ +/g, '[ \\t]+')).join('.*'));
	return new RegExp(`^##[ \\t]+(?:${alternatives.join('|')})[ \\t#]*$`, 'imu');
}
const TODO = /\bTODO\b/;
const TODOS = /\bTODO\b/g;

/** Where a TODO left from the template is: the field, the line, and how many there are in all. */
function findTodos(term: ParsedTerm): { field: string | undefined; line: number; count: number } | undefined {
	const { doc, data } = term;
	const fields: [string, readonly (string | number)[], string][] = [
		['title', ['title'], data.title],
		['summary', ['summary'], data.summary],
		['category', ['category'], data.category],
		...data.faq.flatMap((item, index): [string, (string | number)[], string][] => [
			[`faq[${index}].question`, ['faq', index, 'question'], item.question],
			[`faq[${index}].answer`, ['faq', index, 'answer'], item.answer],
		]),
	];
	const bodyLines = doc.body.split('\n');
	const count = [...fields.map(([, , text]) => text), doc.body].reduce((sum, text) => sum + (text.match(TODOS)?.length ?? 0), 0);
	if (count === 0) return undefined;
	const inField = fields.find(([, , text]) => TODO.test(text));
	if (inField) {
		// The field's line is where its key is; a folded summary starts on the next line, so look for the word itself.
		const fieldLine = doc.yaml?.lineOf(inField[1]) ?? 1;
		const fileLines = readFileSync(doc.path, 'utf8').split(/\r?\n/);
		const offset = fileLines.slice(fieldLine - 1).findIndex((line) => TODO.test(line));
		return { field: inField[0], line: fieldLine + Math.max(offset, 0), count };
	}
	return { field: undefined, line: doc.bodyLine + bodyLines.findIndex((line) => TODO.test(line)), count };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whether `text` contains `name` as whole words, in any case. In a language written without
 * spaces (`segmenter`), a word is what `Intl.Segmenter` finds.
 */
function mentions(text: string, name: string, segmenter?: Intl.Segmenter): boolean {
	const haystack = text.toLowerCase();
	const needle = name.toLowerCase();
	if (segmenter && haystack.length === text.length) {
		const segments = Array.from(segmenter.segment(text));
		const ends = new Set(segments.map((segment) => segment.index + segment.segment.length));
		return segments.some((segment) => haystack.startsWith(needle, segment.index) && ends.has(segment.index + needle.length));
	}
	for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
		const before = haystack[at - 1] ?? ' ';
		const after = haystack[at + needle.length] ?? ' ';
		if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) return true;
	}
	return false;
}

export interface QualityOptions {
	/**
	 * How a TODO left from the `npm run new` template counts: an error wherever the site is
	 * published or checked (build, validate, the pull-request check), a warning in `astro dev`,
	 * where half-written entries are normal.
	 */
	templateTodos: Problem['severity'];
	/** The `##` sections every entry should have (see `sectionsFor`). Default: `DEFAULT_SECTIONS`. */
	sections?: readonly Section[] | undefined;
	/** The entries' language, e.g. `ja`: in a language written without spaces, words are found by `Intl.Segmenter`. Default: English. */
	lang?: string | undefined;
}

const HTML_TAGS = new Set(htmlTagNames);
const TAG_LIKE = /<\/?([a-z][a-z0-9]*)(?:\s[^<>]*)?\/?>/gi;
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/**
 * Markup an editor may have expected to render: an element written out (`<b>bold</b>`), a tag
 * with attributes (`<a href="…">`) or a character reference (`&amp;`); frontmatter is text, so
 * it would be shown as typed. A tag named in prose ("the <script> element") is not flagged.
 */
function markupIn(text: string): string | undefined {
	const tags = Array.from(text.matchAll(TAG_LIKE)).filter((match) => HTML_TAGS.has(match[1]!.toLowerCase()));
	const names = new Set(tags.map((match) => `${match[0].startsWith('</') ? '/' : ''}${match[1]!.toLowerCase()}`));
	const markup = tags.find((match) => /\s/.test(match[0]) || (!match[0].startsWith('</') && names.has(`/${match[1]!.toLowerCase()}`)));
	return markup?.[0] ?? ENTITY.exec(text)?.[0];
}

/**
 * Advice that makes a better glossary without being wrong: warnings, which fail the build only
 * with `npm run validate -- --strict`. The one exception is template text, which must never go
 * live (see `QualityOptions`). The checker takes one language's terms a slice at a time (a
 * question asked twice is found across slices), so that a large glossary's check can make way
 * for the body workers' results in between.
 */
export function qualityChecker(options: QualityOptions = { templateTodos: 'error' }): (terms: readonly ParsedTerm[]) => Problem[] {
	const firstAsked = new Map<string, ParsedTerm>();
	const segmenter = writtenWithoutSpaces(options.lang) ? new Intl.Segmenter(options.lang, { granularity: 'word' }) : undefined;
	const sections = (options.sections ?? DEFAULT_SECTIONS).map((section) => ({ heading: section.heading, pattern: sectionPattern(section) }));
	const emptyFix =
		sections.length === 0
			? 'write the entry under its frontmatter'
			: `add ${sections.map(({ heading }) => `a "## ${heading.replaceAll('{title}', '…')}" section`).join(' and ')}`;

	// The A–Z index cannot tell how a kanji reads: a Japanese title in kanji files under # unless it gives its reading.
	const alphabet = options.lang?.split('-')[0] === 'ja' ? alphabetOf(options.lang) : undefined;

	return (terms) => {
		const problems: Problem[] = [];
		const warn = (
			term: ParsedTerm,
			path: (string | number)[] | undefined,
			field: string | undefined,
			message: string,
			at: { line?: number; severity?: Problem['severity'] } = {},
		) => {
			const problem: Problem = {
				file: term.doc.file,
				line: at.line ?? (path ? (term.doc.yaml?.lineOf(path) ?? 1) : term.doc.bodyLine),
				message,
				severity: at.severity ?? 'warning',
			};
			if (field) problem.field = field;
			problems.push(problem);
		};
		for (const term of terms) {
			const { title, summary, aliases, faq } = term.data;
			if (alphabet && !term.data.reading && /^\p{Script=Han}/u.test(title) && alphabet.letterOf(title) === OTHER_LETTER) {
				warn(term, ['title'], 'title', `starts with a kanji, so the A–Z index files it under "#" — give how it sounds in kana, e.g. "reading: じぜんがくしゅう" for 事前学習`);
			}
			if (SENTENCE_BREAK.test(summary)) {
				warn(term, ['summary'], 'summary', 'is more than one sentence — keep the definition to one sentence and move the rest into the body');
			}
			if (summary.length > SUMMARY_MAX_LENGTH) {
				warn(term, ['summary'], 'summary', `is ${summary.length} characters long — keep it under ${SUMMARY_MAX_LENGTH} so that it reads at a glance`);
			}
			const self = [title, ...aliases].find((name) => mentions(summary, name, segmenter));
			if (self) {
				warn(term, ['summary'], 'summary', `defines the term by itself ("${self}") — say what it is in other words`);
			}
			const todos = findTodos(term);
			if (todos) {
				const what = todos.count === 1 ? 'a TODO' : `${todos.count} TODOs`;
				const where = todos.count === 1 ? '' : ' (the first is here)';
				warn(term, undefined, todos.field, `still has ${what} from the template${where} — replace each TODO with real text`, {
					line: todos.line,
					severity: options.templateTodos,
				});
			}
			if (!term.doc.body.trim()) {
				warn(term, undefined, 'body', `is empty — ${emptyFix}`);
			} else {
				for (const { heading, pattern } of sections) {
					if (!pattern.test(term.doc.body)) {
						warn(term, undefined, 'body', `has no "## ${heading.replaceAll('{title}', title)}" section — add one (recommended for every entry)`);
					}
				}
			}
			const texts: [(string | number)[], string][] = [
				[['title'], title],
				[['summary'], summary],
				...aliases.map((alias, index): [(string | number)[], string] => [['aliases', index], alias]),
				...term.data.tags.map((tag, index): [(string | number)[], string] => [['tags', index], tag]),
				...faq.flatMap((item, index): [(string | number)[], string][] => [
					[['faq', index, 'question'], item.question],
					[['faq', index, 'answer'], item.answer],
				]),
			];
			for (const [path, text] of texts) {
				const markup = markupIn(text);
				if (!markup) continue;
				warn(term, path, fieldName(path), `contains "${markup}", which is shown as typed: frontmatter is plain text, not HTML — remove the markup, or keep it if you mean these characters`);
			}
			faq.forEach((item, index) => {
				const key = identityKey(item.question);
				const first = firstAsked.get(key);
				if (first && first !== term) {
					warn(term, ['faq', index, 'question'], `faq[${index}].question`, `is also asked in ${first.doc.file} — ask each question once, where it fits best`);
				} else {
					firstAsked.set(key, term);
				}
			});
		}
		return problems;
	};
}
