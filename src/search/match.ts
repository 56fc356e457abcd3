import { fold, foldedVariants } from './fold.ts';
import type { TermTable } from './term-table.ts';

/** A term as the matcher sees it: its names folded once, up front. */
export interface TermEntry {
	slug: string;
	title: string;
	category: string;
	/** Folded title and aliases. */
	keys: string[];
}

export interface TermMatch {
	entry: TermEntry;
	/** `exact`: the query is the term's title or an alias, folded; `near`: a likely misspelling of one. */
	kind: 'exact' | 'near';
}

export function prepareTable(table: TermTable): TermEntry[] {
	return table.terms.map(([slug, title, category, ...aliases]) => ({
		slug,
		title,
		category: table.categories[category] ?? '',
		keys: [title, ...aliases].map(fold),
	}));
}

/**
 * Optimal-string-alignment distance (edits, counting a swap of neighbours as one), giving up
 * once it must exceed `limit`. The early exit keeps a scan of 10,000 terms per keystroke cheap.
 */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let beforePrevious: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2]! + 1);
			current[j] = value;
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return limit + 1;
		beforePrevious = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** How many typos a name of this length may carry and still count as meant: 1 up to 7 letters, then 1 per 6. */
export function typoAllowance(length: number): number {
	if (length < 4) return 0;
	return Math.max(1, Math.floor(length / 6));
}

/** Entries ordered by how close their nearest name is to `folded`, within `limit` edits. */
function byDistance(folded: string, entries: readonly TermEntry[], limit: number): { entry: TermEntry; distance: number }[] {
	const found: { entry: TermEntry; distance: number }[] = [];
	for (const entry of entries) {
		let best = limit + 1;
		for (const key of entry.keys) best = Math.min(best, editDistance(folded, key, Math.min(limit, best)));
		if (best <= limit) found.push({ entry, distance: best });
	}
	return found.sort((a, b) => a.distance - b.distance || a.entry.title.localeCompare(b.entry.title));
}

/**
 * The term a query names: exactly (title or alias, with case, accents, punctuation and a
 * plural "s" folded away), or else through a likely misspelling. Pagefind matches words, not
 * names, and has no typo tolerance; this puts the term itself first.
 */
export function matchTerm(query: string, entries: readonly TermEntry[]): TermMatch | undefined {
	const variants = foldedVariants(query);
	if (!variants[0]) return undefined;
	for (const variant of variants) {
		const entry = entries.find((candidate) => candidate.keys.includes(variant));
		if (entry) return { entry, kind: 'exact' };
	}
	const [nearest] = byDistance(variants[0], entries, typoAllowance(variants[0].length));
	return nearest ? { entry: nearest.entry, kind: 'near' } : undefined;
}

/** Up to `count` terms whose names are closest to the query, for "no results" suggestions. */
export function closestTerms(query: string, entries: readonly TermEntry[], count = 3): TermEntry[] {
	const folded = fold(query);
	if (!folded) return [];
	const limit = Math.max(2, Math.ceil(folded.length / 2));
	return byDistance(folded, entries, limit)
		.slice(0, count)
		.map((found) => found.entry);
}
