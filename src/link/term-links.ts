import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visitParents } from 'unist-util-visit-parents';

/** A term that bodies can link to, by slug (`[[slug]]`) or by naming it. */
export interface LinkTarget {
	slug: string;
	/** The title and aliases: the names that link automatically. */
	names: readonly string[];
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
	/** The URL of a term page. */
	href(slug: string): string;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const WIKI_LINK = /\[\[([^[\]|]+?)(?:\|([^[\]]+?))?\]\]/g;
const ACRONYM = /^[\p{Lu}\p{N}]{2,5}$/u;
/** Root-relative links an editor writes by hand, `/fine-tuning/` or `/fine-tuning/#faq`. */
const TERM_URL = /^\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?(?:#.*)?$/;

const wordsOf = (text: string) => Array.from(text.matchAll(WORD), (match) => ({ word: match[0], start: match.index }));

export function buildLinkIndex(targets: readonly LinkTarget[]): LinkIndex {
	const phrases = new Map<string, string>();
	const acronyms = new Map<string, string>();
	const starts = new Set<string>();
	let maxWords = 1;
	for (const target of targets) {
		for (const name of target.names) {
			const words = wordsOf(name).map((entry) => entry.word);
			if (words.length === 0) continue;
			maxWords = Math.max(maxWords, words.length);
			starts.add(words[0]!.toLowerCase());
			if (words.length === 1 && ACRONYM.test(name)) acronyms.set(name, target.slug);
			else phrases.set(words.join(' ').toLowerCase(), target.slug);
		}
	}
	const titles = new Map(targets.map((target) => [target.slug, target.names[0] ?? target.slug]));
	return { titles, phrases, acronyms, maxWords, starts };
}

/** A word and the singular forms it may stand for: "biases" → biases, bias, biase. */
const singularsOf = (word: string) => new Set([word, word.replace(/e?s$/, ''), word.replace(/s$/, '')]);

/** Whether some name could begin with this word (in its own case for acronyms, else in any). */
function mayStartName(index: LinkIndex, word: string): boolean {
	// Called for every word of every body: no allocation beyond the lowercased word.
	const lower = word.toLowerCase();
	if (index.starts.has(lower) || index.acronyms.has(word)) return true;
	if (!lower.endsWith('s')) return false;
	if (index.starts.has(lower.slice(0, -1)) || index.acronyms.has(word.slice(0, -1))) return true;
	return lower.endsWith('es') && index.starts.has(lower.slice(0, -2));
}

/** The slug a run of words names, allowing a plural -s or -es on the last word. */
function lookUp(index: LinkIndex, words: readonly string[]): string | undefined {
	for (const singular of singularsOf(words.at(-1)!)) {
		if (!singular) continue;
		const phrase = [...words.slice(0, -1), singular];
		if (phrase.length === 1) {
			const acronym = index.acronyms.get(singular);
			if (acronym) return acronym;
		}
		const slug = index.phrases.get(phrase.join(' ').toLowerCase());
		if (slug) return slug;
	}
	return undefined;
}

function linkNode(url: string, slug: string, text: string): Link {
	return {
		type: 'link',
		url,
		children: [{ type: 'text', value: text }],
		data: { hProperties: { className: ['term-link'], dataTerm: slug } },
	};
}

interface Replacement {
	start: number;
	end: number;
	link: Link;
}

/**
 * Splits a text node around links that replace parts of it, and returns where the visit goes
 * on: just after the new nodes, so that the links' own text is not visited again.
 */
function rewrite(parent: Parent, node: Text, replacements: readonly Replacement[]): [typeof SKIP, number] {
	const parts: PhrasingContent[] = [];
	let rest = 0;
	for (const { start, end, link } of replacements) {
		if (start > rest) parts.push({ type: 'text', value: node.value.slice(rest, start) });
		parts.push(link);
		rest = end;
	}
	if (rest < node.value.length) parts.push({ type: 'text', value: node.value.slice(rest) });
	const position = parent.children.indexOf(node);
	parent.children.splice(position, 1, ...(parts as typeof parent.children));
	return [SKIP, position + parts.length];
}

const isInside = (ancestors: readonly Parent[], types: readonly string[]) => ancestors.some((node) => types.includes(node.type));

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

	visitParents(tree, 'link', (node) => {
		const slug = TERM_URL.exec(node.url)?.[1];
		if (slug && index.titles.has(slug)) linked.add(slug);
	});

	visitParents(tree, 'text', (node, ancestors) => {
		if (isInside(ancestors, ['link', 'linkReference']) || !node.value.includes('[[')) return undefined;
		const replacements: Replacement[] = [];
		for (const match of node.value.matchAll(WIKI_LINK)) {
			const slug = match[1]!.trim();
			const title = index.titles.get(slug);
			if (title === undefined) {
				const before = node.value.slice(0, match.index);
				unknown.push({ slug, line: (node.position?.start.line ?? 1) + (before.match(/\n/g)?.length ?? 0) });
				continue;
			}
			const link = linkNode(options.href(slug), slug, match[2]?.trim() || title);
			replacements.push({ start: match.index, end: match.index + match[0].length, link });
			linked.add(slug);
		}
		return replacements.length > 0 ? rewrite(ancestors.at(-1)!, node, replacements) : undefined;
	});

	if (!options.auto) return report(linked, unknown, options.self);

	visitParents(tree, 'text', (node, ancestors) => {
		if (isInside(ancestors, ['link', 'linkReference', 'heading'])) return undefined;
		const words = wordsOf(node.value);
		const replacements: Replacement[] = [];
		for (let position = 0; position < words.length; position++) {
			if (!mayStartName(index, words[position]!.word)) continue;
			// Longest name first: "large language model" wins over "language model" and "model".
			for (let length = Math.min(index.maxWords, words.length - position); length > 0; length--) {
				const run = words.slice(position, position + length);
				const slug = lookUp(index, run.map((entry) => entry.word));
				if (!slug || slug === options.self || linked.has(slug)) continue;
				const start = run[0]!.start;
				const end = run.at(-1)!.start + run.at(-1)!.word.length;
				replacements.push({ start, end, link: linkNode(options.href(slug), slug, node.value.slice(start, end)) });
				linked.add(slug);
				position += length - 1;
				break;
			}
		}
		return replacements.length > 0 ? rewrite(ancestors.at(-1)!, node, replacements) : undefined;
	});

	return report(linked, unknown, options.self);
}

function report(linked: Set<string>, unknown: WikiLinkProblem[], self: string): LinkReport {
	linked.delete(self);
	return { targets: [...linked], unknown };
}
