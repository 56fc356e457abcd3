import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';

/** A term that bodies can link to, by slug (`[[slug]]`) or by naming it. */
export interface LinkTarget {
	slug: string;
	/** The title and aliases: the names that link automatically. */
	names: readonly string[];
	/**
	 * In a translation: the term has no translation in the body's language, so the link goes to
	 * the default language's page (by its default-language names), marked as such.
	 */
	fallback?: boolean;
}

/** How one language's bodies are linked: its link targets and how its words are found. */
export interface LinkLanguage {
	/** The body's language, e.g. `ja`; absent for the default language when the site names none. */
	lang?: string | undefined;
	/** The default language's code, e.g. `en`: the language of fallback links. */
	fallbackLang?: string | undefined;
}

/** Every name of every term, ready for matching: built once per build, shared by all pages. */
export interface LinkIndex {
	/** Slug → title, the label of a `[[slug]]` link. */
	titles: ReadonlyMap<string, string>;
	/** Name phrase (its words, lowercased, joined by spaces) → slug, for names matched in any case. */
	phrases: ReadonlyMap<string, string>;
	/** The same for acronyms ("AI", "LLM"), matched only in their own case so "ai" or "it" stay words. */
	acronyms: ReadonlyMap<string, string>;
	/** The most words any name has: how far ahead a match can reach. */
	maxWords: number;
	/** The first word of every name, lowercased: most words start none, and are passed over at once. */
	starts: ReadonlySet<string>;
	/** Slugs whose link goes to the default language's page (see `LinkTarget.fallback`). */
	fallbacks: ReadonlySet<string>;
	/** Whether a plural -s or -es on a name's last word still links it: English only. */
	plurals: boolean;
	/**
	 * For languages written without spaces between words (Japanese, Chinese, Thai…): words are
	 * found by `Intl.Segmenter`, and names by their text, longest first.
	 */
	segmented?: {
		segmenter: Intl.Segmenter;
		/** Names by their text as compared. */
		byText: ReadonlyMap<string, readonly SegmentedName[]>;
		/** The length of the longest name that starts with these two characters (or this one): most words start none. */
		longestFrom: ReadonlyMap<string, number>;
	};
}

interface SegmentedName {
	/** The name as compared: lowercased, unless it is an acronym ("AI"), which matches only in its own case. */
	text: string;
	caseSensitive: boolean;
	slug: string;
	/** Its place among all names: of two names of one length at one place, the first wins. */
	order: number;
}

export interface WikiLinkProblem {
	slug: string;
	/** 1-based line within the body. */
	line: number;
}

/** What linking one body found: the terms it links to, and `[[slug]]`s that name no term. */
export interface LinkReport {
	targets: string[];
	unknown: WikiLinkProblem[];
}

export interface LinkOptions {
	/** The slug of the page being linked, which never links to itself. */
	self: string;
	/** Link the first mention of other terms' names (`autolink` in the frontmatter). */
	auto: boolean;
	/** The URL of a term page, in the body's language (or the default language's, for a fallback). */
	href(slug: string, fallback: boolean): string;
	/** The body's language and the default one, for fallback links and hand-written `/<lang>/<slug>/` links. */
	language?: LinkLanguage;
}

/** Scripts written without spaces between words, whose words `Intl.Segmenter` finds from a dictionary. */
const UNSPACED_SCRIPTS = new Set(['Hani', 'Hans', 'Hant', 'Jpan', 'Thai', 'Laoo', 'Khmr', 'Mymr', 'Tibt']);

function scriptOf(lang: string): string | undefined {
	try {
		return new Intl.Locale(lang).maximize().script;
	} catch {
		return undefined;
	}
}

/** Whether a language is written without spaces between words (Japanese, Chinese, Thai…). */
export function writtenWithoutSpaces(lang: string | undefined): boolean {
	return lang !== undefined && UNSPACED_SCRIPTS.has(scriptOf(lang) ?? '');
}

/** Whether English plural rules apply: names are matched with a plural -s or -es only in English. */
export function usesEnglishPlurals(lang: string | undefined): boolean {
	return lang === undefined || /^en(?:-|$)/i.test(lang);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const WIKI_LINK = /\[\[([^[\]|]+?)(?:\|([^[\]]+?))?\]\]/g;
const ACRONYM = /^[\p{Lu}\p{N}]{2,5}$/u;
/** Root-relative links an editor writes by hand, `/fine-tuning/` or `/fine-tuning/#faq` (in a translation also `/es/fine-tuning/`). */
const TERM_URL = /^\/(?:([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\/)?([a-z0-9]+(?:-[a-z0-9]+)*)\/?(?:#.*)?$/;

/** The words of a text and where each starts, in two lists: every word of every body passes here. */
function wordsOf(text: string): { words: string[]; starts: number[] } {
	const words: string[] = [];
	const starts: number[] = [];
	for (const match of text.matchAll(WORD)) {
		words.push(match[0]);
		starts.push(match.index);
	}
	return { words, starts };
}

/**
 * The names of `targets`, ready for matching in bodies written in `lang` (default: the site's
 * only language, matched as English words, as before the site had translations).
 */
export function buildLinkIndex(targets: readonly LinkTarget[], lang?: string): LinkIndex {
	const phrases = new Map<string, string>();
	const acronyms = new Map<string, string>();
	const starts = new Set<string>();
	const fallbacks = new Set(targets.filter((target) => target.fallback).map((target) => target.slug));
	const titles = new Map(targets.map((target) => [target.slug, target.names[0] ?? target.slug]));
	if (writtenWithoutSpaces(lang)) {
		return { titles, phrases, acronyms, maxWords: 1, starts, fallbacks, plurals: false, segmented: segmentedNames(targets, lang!) };
	}
	let maxWords = 1;
	for (const target of targets) {
		for (const name of target.names) {
			const { words } = wordsOf(name);
			if (words.length === 0) continue;
			maxWords = Math.max(maxWords, words.length);
			starts.add(words[0]!.toLowerCase());
			if (words.length === 1 && ACRONYM.test(name)) acronyms.set(name, target.slug);
			else phrases.set(words.join(' ').toLowerCase(), target.slug);
		}
	}
	return { titles, phrases, acronyms, maxWords, starts, fallbacks, plurals: usesEnglishPlurals(lang) };
}

/** A name's first two characters (one, for a one-character name), as text without spaces is searched by. */
const prefixOf = (text: string, start = 0, characters = 2) => {
	let end = start;
	for (let count = 0; count < characters && end < text.length; count++) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
	return text.slice(start, end);
};

function segmentedNames(targets: readonly LinkTarget[], lang: string): NonNullable<LinkIndex['segmented']> {
	const byText = new Map<string, SegmentedName[]>();
	const longestFrom = new Map<string, number>();
	let order = 0;
	for (const target of targets) {
		for (const name of target.names) {
			const caseSensitive = ACRONYM.test(name);
			const text = caseSensitive ? name : name.toLowerCase();
			if (!text) continue;
			const entry = { text, caseSensitive, slug: target.slug, order: order++ };
			const names = byText.get(text);
			if (names) names.push(entry);
			else byText.set(text, [entry]);
			const prefix = prefixOf(text);
			longestFrom.set(prefix, Math.max(longestFrom.get(prefix) ?? 0, text.length));
		}
	}
	return { segmenter: new Intl.Segmenter(lang, { granularity: 'word' }), byText, longestFrom };
}

/** A word and the singular forms it may stand for: "biases" → biases, bias, biase (English only). */
const singularsOf = (word: string, plurals: boolean) => (plurals ? new Set([word, word.replace(/e?s$/, ''), word.replace(/s$/, '')]) : [word]);

/** Whether some name could begin with this word (in its own case for acronyms, else in any). */
function mayStartName(index: LinkIndex, word: string): boolean {
	// Called for every word of every body: no allocation beyond the lowercased word.
	const lower = word.toLowerCase();
	if (index.starts.has(lower)) return true;
	// An acronym has at most five characters, and its plural six.
	const acronym = word.length <= 6 && index.acronyms.size > 0;
	if (acronym && index.acronyms.has(word)) return true;
	if (!index.plurals || !lower.endsWith('s')) return false;
	if (index.starts.has(lower.slice(0, -1)) || (acronym && index.acronyms.has(word.slice(0, -1)))) return true;
	return lower.endsWith('es') && index.starts.has(lower.slice(0, -2));
}

/** The slug that the words from `from` to `to` (not included) name, allowing a plural -s or -es on the last. */
function lookUp(index: LinkIndex, words: readonly string[], from: number, to: number): string | undefined {
	const before = to - from > 1 ? `${words.slice(from, to - 1).join(' ')} ` : '';
	for (const singular of singularsOf(words[to - 1]!, index.plurals)) {
		if (!singular) continue;
		if (!before) {
			const acronym = index.acronyms.get(singular);
			if (acronym) return acronym;
		}
		const slug = index.phrases.get(`${before}${singular}`.toLowerCase());
		if (slug) return slug;
	}
	return undefined;
}

/**
 * A link to a term. A fallback link (a translation linking a term that has no translation in
 * its language) is marked: its class, `hreflang` and a visible language tag, e.g. "(EN)".
 */
function linkNode(url: string, slug: string, text: string, fallbackLang?: string): Link {
	if (fallbackLang === undefined) {
		return { type: 'link', url, children: [{ type: 'text', value: text }], data: { hProperties: { className: ['term-link'], dataTerm: slug } } };
	}
	return {
		type: 'link',
		url,
		children: [
			{ type: 'text', value: text },
			{
				type: 'emphasis',
				children: [{ type: 'text', value: ` (${fallbackLang.toUpperCase()})` }],
				data: { hName: 'span', hProperties: { className: ['term-link-lang'] } },
			},
		],
		// Isolated from the text around it: "Fine-tuning (EN)" inside right-to-left text would otherwise lose its closing parenthesis to the line's direction.
		data: { hProperties: { className: ['term-link', 'term-link--fallback'], dataTerm: slug, hrefLang: fallbackLang, dir: 'auto' } },
	};
}

interface Replacement {
	start: number;
	end: number;
	link: Link;
}

/**
 * Replaces the text node at `position` of `parent` with its text split around `replacements`,
 * and returns how many nodes now stand in its place.
 */
function rewrite(parent: Parent, position: number, replacements: readonly Replacement[]): number {
	const node = parent.children[position] as Text;
	const parts: PhrasingContent[] = [];
	let rest = 0;
	for (const { start, end, link } of replacements) {
		if (start > rest) parts.push({ type: 'text', value: node.value.slice(rest, start) });
		parts.push(link);
		rest = end;
	}
	if (rest < node.value.length) parts.push({ type: 'text', value: node.value.slice(rest) });
	parent.children.splice(position, 1, ...(parts as typeof parent.children));
	return parts.length;
}

/**
 * Calls `onText` with each text node's parent and place, in document order, except inside nodes
 * of the `skipped` types; `onText` returns how many nodes stand in its place once it is done
 * (more, when it split the text around links), which are not visited again. `onLink` sees every
 * link outside them. A walk of its own rather than `unist-util-visit-parents`, which copies the
 * list of ancestors at every node: linking 10,000 bodies took 40 % longer with it.
 */
function eachText(parent: Parent, skipped: ReadonlySet<string>, onText: (parent: Parent, position: number, node: Text) => number, onLink?: (node: Link) => void): void {
	for (let position = 0; position < parent.children.length; ) {
		const child = parent.children[position]!;
		if (child.type === 'text') {
			position += onText(parent, position, child);
			continue;
		}
		if (child.type === 'link') onLink?.(child);
		if ('children' in child && !skipped.has(child.type)) eachText(child, skipped, onText, onLink);
		position++;
	}
}

/** Where `[[slug]]`s are not links: inside links already. */
const NOT_WIKI_LINKED = new Set(['link', 'linkReference']);
/** Where names are not linked automatically: inside links, and in headings. */
const NOT_AUTOLINKED = new Set(['link', 'linkReference', 'heading']);

/**
 * Links a body's terms, in place: `[[slug]]` and `[[slug|label]]` everywhere but in code and
 * existing links, then (with `auto`) the first mention of each other term's title or alias in
 * ordinary text: whole words, any case (acronyms in their own case), longest name first, one
 * link per term, never in headings, code or links, and never to the page itself. Returns the
 * terms the body links to, hand-written links included.
 */
export function linkTerms(tree: Root, index: LinkIndex, options: LinkOptions): LinkReport {
	const linked = new Set<string>();
	const unknown: WikiLinkProblem[] = [];
	const lang = options.language?.lang;
	const link = (slug: string, text: string) => {
		const fallback = index.fallbacks.has(slug);
		return linkNode(options.href(slug, fallback), slug, text, fallback ? (options.language?.fallbackLang ?? 'en') : undefined);
	};

	// Every hand-written link to a term and every `[[slug]]` first: a term linked anywhere is not
	// linked again by name. Both are found in one walk, and listed hand-written links first.
	const wikiLinked: string[] = [];
	const handWritten = (node: Link) => {
		const match = TERM_URL.exec(node.url);
		if (!match || (match[1] !== undefined && match[1] !== lang)) return;
		if (index.titles.has(match[2]!)) linked.add(match[2]!);
	};
	eachText(
		tree,
		NOT_WIKI_LINKED,
		(parent, position, node) => {
			if (!node.value.includes('[[')) return 1;
			const replacements: Replacement[] = [];
			for (const match of node.value.matchAll(WIKI_LINK)) {
				const slug = match[1]!.trim();
				const title = index.titles.get(slug);
				if (title === undefined) {
					const before = node.value.slice(0, match.index);
					unknown.push({ slug, line: (node.position?.start.line ?? 1) + (before.match(/\n/g)?.length ?? 0) });
					continue;
				}
				replacements.push({ start: match.index, end: match.index + match[0].length, link: link(slug, match[2]?.trim() || title) });
				wikiLinked.push(slug);
			}
			return replacements.length > 0 ? rewrite(parent, position, replacements) : 1;
		},
		handWritten,
	);
	for (const slug of wikiLinked) linked.add(slug);

	if (!options.auto) return report(linked, unknown, options.self);

	const find = index.segmented ? findSegmented : findWords;
	eachText(tree, NOT_AUTOLINKED, (parent, position, node) => {
		const replacements: Replacement[] = [];
		for (const { start, end, slug } of find(node.value, index, (slug) => slug !== options.self && !linked.has(slug))) {
			replacements.push({ start, end, link: link(slug, node.value.slice(start, end)) });
			linked.add(slug);
		}
		return replacements.length > 0 ? rewrite(parent, position, replacements) : 1;
	});

	return report(linked, unknown, options.self);
}

interface NameMatch {
	start: number;
	end: number;
	slug: string;
}

/**
 * Names in text written with spaces: runs of whole words, longest first ("large language model"
 * wins over "language model" and "model"), each term once (`wanted` says which may still link).
 */
function* findWords(text: string, index: LinkIndex, wanted: (slug: string) => boolean): Generator<NameMatch> {
	const { words, starts } = wordsOf(text);
	for (let position = 0; position < words.length; position++) {
		if (!mayStartName(index, words[position]!)) continue;
		for (let length = Math.min(index.maxWords, words.length - position); length > 0; length--) {
			const last = position + length - 1;
			const slug = lookUp(index, words, position, last + 1);
			if (!slug || !wanted(slug)) continue;
			yield { start: starts[position]!, end: starts[last]! + words[last]!.length, slug };
			position = last;
			break;
		}
	}
}

/**
 * Names in text written without spaces (Japanese, Chinese…): a name matches where a word starts
 * and must end where a word ends, as `Intl.Segmenter` divides the text; longest name first.
 * Only the name's edges need be word boundaries: a dictionary may cut the name itself
 * differently in a sentence than on its own.
 */
function* findSegmented(text: string, index: LinkIndex, wanted: (slug: string) => boolean): Generator<NameMatch> {
	const { segmenter, byText, longestFrom } = index.segmented!;
	const lower = text.toLowerCase();
	// Lowercasing changes the length of a few characters (İ); such text is compared as written.
	const folded = lower.length === text.length ? lower : text;
	const segments = Array.from(segmenter.segment(text));
	const endOf = (segment: Intl.SegmentData) => segment.index + segment.segment.length;
	let after = 0;
	for (let first = 0; first < segments.length; first++) {
		const segment = segments[first]!;
		if (!segment.isWordLike || segment.index < after) continue;
		const start = segment.index;
		// How far a name starting here can reach: its first two characters (or one), lowercased or as written.
		let reach = 0;
		for (const source of folded === text ? [text] : [folded, text]) {
			for (const characters of [2, 1]) reach = Math.max(reach, longestFrom.get(prefixOf(source, start, characters)) ?? 0);
		}
		if (reach === 0) continue;
		// A name ends where a segment ends: each such end within reach, furthest first, so the longest name wins.
		let last = first;
		while (last + 1 < segments.length && endOf(segments[last + 1]!) - start <= reach) last++;
		let found: SegmentedName | undefined;
		for (let stop = last; stop >= first && !found; stop--) {
			const end = endOf(segments[stop]!);
			for (const name of byText.get(folded.slice(start, end)) ?? []) {
				if (!name.caseSensitive && wanted(name.slug) && (!found || name.order < found.order)) found = name;
			}
			for (const name of byText.get(text.slice(start, end)) ?? []) {
				if (name.caseSensitive && wanted(name.slug) && (!found || name.order < found.order)) found = name;
			}
		}
		if (!found) continue;
		after = start + found.text.length;
		yield { start, end: after, slug: found.slug };
	}
}

function report(linked: Set<string>, unknown: WikiLinkProblem[], self: string): LinkReport {
	linked.delete(self);
	return { targets: [...linked], unknown };
}
