/**
 * The table the search box matches names against before asking Pagefind: every published
 * term's slug, title, category and aliases, built once at build time and fetched once, lazily,
 * by the browser. Rows are arrays to keep the file small: `[slug, title, category index, ...aliases]`.
 */
export interface TermTable {
	/** Category names; rows refer to them by index. */
	categories: string[];
	terms: [slug: string, title: string, category: number, ...aliases: string[]][];
}

/** Where the table is served, relative to the site's base. */
export const TERM_TABLE_PATH = 'search-terms.json';
