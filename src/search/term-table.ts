import { fold } from './fold.ts';

/**
 * The table the search box matches names against before asking Pagefind: every published
 * term's slug, title, category and aliases, built once at build time and fetched lazily by the
 * browser. Rows are arrays to keep the file small: `[slug, title, category index, ...aliases]`.
 */
export interface TermTable {
	/** Category names; rows refer to them by index. */
	categories: string[];
	terms: [slug: string, title: string, category: number, ...aliases: string[]][];
}

/**
 * The category filter's choices: each category with published terms, in the index's order, and
 * how many it has. Served apart (and not asked of Pagefind, whose filter file weighs tens of
 * kilobytes at scale) so that opening the search box costs a few hundred bytes.
 */
export type CategoryCounts = [name: string, terms: number][];

/** Where the category filter's choices are served, relative to the site's base. */
export const CATEGORY_COUNTS_PATH = 'search-categories.json';

/** Where the whole table is served, relative to the site's base. */
export const TERM_TABLE_PATH = 'search-terms.json';

/**
 * From this many terms on, the browser fetches the table in parts: one per first character of
 * a name (`search-terms/p.json`), only the part a query needs. Below it, the whole table is one
 * small file.
 */
export const TERM_TABLE_SHARDS_FROM = 1000;

/** Where the part of the table for names starting with `key` is served, relative to the site's base. */
export const termShardPath = (key: string) => `search-terms/${key}.json`;

/**
 * The part a name (or a query) files under: its first character once folded (`a`–`z`, `0`–`9`),
 * or that character's code point for other scripts (`u3042`). `undefined` for a name that
 * folds to nothing.
 */
export function shardKey(name: string): string | undefined {
	const first = fold(name).codePointAt(0);
	if (first === undefined) return undefined;
	const character = String.fromCodePoint(first);
	return /[a-z0-9]/.test(character) ? character : `u${first.toString(16)}`;
}

/**
 * The table split by `shardKey`: a term is in the part of each of its names (title or alias),
 * with only the aliases that file there, so that every name is matched in its own part.
 */
export function shardTable(table: TermTable): Map<string, TermTable> {
	const shards = new Map<string, TermTable>();
	for (const [slug, title, category, ...aliases] of table.terms) {
		const byKey = new Map<string, string[]>();
		for (const name of [title, ...aliases]) {
			const key = shardKey(name);
			if (!key) continue;
			if (!byKey.has(key)) byKey.set(key, []);
			if (name !== title) byKey.get(key)!.push(name);
		}
		for (const [key, names] of byKey) {
			if (!shards.has(key)) shards.set(key, { categories: table.categories, terms: [] });
			shards.get(key)!.terms.push([slug, title, category, ...names]);
		}
	}
	return shards;
}
