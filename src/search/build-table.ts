import type { Glossary } from '../link/glossary.ts';
import type { CategoryCounts, TermTable } from './term-table.ts';

/** The name table of the whole glossary (see `TermTable`). */
export function termTable(glossary: Glossary): TermTable {
	const position = new Map(glossary.categories.map((category, index) => [category.id, index]));
	return {
		categories: glossary.categories.map((category) => category.name),
		terms: glossary.terms.map((term) => [term.slug, term.title, position.get(term.category)!, ...term.aliases]),
	};
}

/** The category filter's choices (see `CategoryCounts`). */
export function categoryCounts(glossary: Glossary): CategoryCounts {
	return glossary.categories.filter((category) => category.terms.length > 0).map((category) => [category.name, category.terms.length]);
}
