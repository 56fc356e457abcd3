import { PARTS_FILE } from '../index/parts.ts';

/** The parts of Pagefind's browser API (`/pagefind/pagefind.js`) the search box uses. */
export interface PagefindSubResult {
	title: string;
	/** Page URL with the heading's anchor, e.g. `/fine-tuning/#faq-how-long`. */
	url: string;
	/** Matching text with `<mark>` around the hits; Pagefind escapes the rest. */
	excerpt: string;
	/** Positions of the matched words within this section: more means a better match. */
	locations: number[];
}

export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Partial<Record<'title' | 'summary' | 'aliases', string>>;
	sub_results: PagefindSubResult[];
}

export interface PagefindResult {
	id: string;
	data(): Promise<PagefindResultData>;
}

export interface PagefindSearchOptions {
	filters?: Record<string, string>;
}

export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	/** Adds another index to search alongside this one: here, the index's other parts. */
	mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
	search(query: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] } | null>;
	/** Loads the index chunks a query will need, without searching: called on each keystroke. */
	preload(query: string, options?: PagefindSearchOptions): Promise<void>;
}

/**
 * Title and aliases outweigh body text, so that a term's own page outranks pages that merely
 * mention it; the category is a filter, not a word to match.
 */
export const RANKING = { metaWeights: { title: 10, aliases: 8, summary: 2 } };

/** The index's parts beyond the first (see src/index/parts.ts), as folders relative to Pagefind's. */
async function otherParts(home: string): Promise<string[]> {
	const response = await fetch(`${home}${PARTS_FILE}`);
	if (!response.ok) throw new Error(`${PARTS_FILE}: HTTP ${response.status}`);
	return (await response.json()) as string[];
}

/**
 * Loads Pagefind from the built site, with every part of the index of the page's language (at
 * `home`, the language's home: the base, or `<base><lang>/`); none exists in `astro dev` or
 * before a build. Results link from the site's `base`.
 */
export async function loadPagefind(base: string, home = base): Promise<Pagefind> {
	const options = { baseUrl: base, ranking: RANKING };
	const [pagefind, parts] = await Promise.all([import(/* @vite-ignore */ `${home}pagefind/pagefind.js`) as Promise<Pagefind>, otherParts(home)]);
	await pagefind.options(options);
	await pagefind.init();
	await Promise.all(parts.map((part) => pagefind.mergeIndex(`${home}pagefind/${part}`, options)));
	return pagefind;
}
