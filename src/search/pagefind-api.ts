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
	search(query: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] } | null>;
	/** Loads the index chunks a query will need, without searching: called on each keystroke. */
	preload(query: string, options?: PagefindSearchOptions): Promise<void>;
}

/**
 * Title and aliases outweigh body text, so that a term's own page outranks pages that merely
 * mention it; the category is a filter, not a word to match.
 */
export const RANKING = { metaWeights: { title: 10, aliases: 8, summary: 2 } };

/** Loads Pagefind from the built site; it does not exist in `astro dev` or before a build. */
export async function loadPagefind(base: string): Promise<Pagefind> {
	const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
	await pagefind.options({ baseUrl: base, ranking: RANKING });
	await pagefind.init();
	return pagefind;
}
