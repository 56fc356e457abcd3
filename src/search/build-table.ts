import type { Glossary } from '../link/glossary.ts';
import type { CategoryCounts, TermTable } from './term-table.ts';

/**
 * The name table of a language's glossary (see `TermTable`). For a translation, each term also
 * answers to its default-language names (`source`'s title and aliases), so that a reader who
 * types "Fine-tuning" on a Spanish page finds "Ajuste fino".
 */
export function termTable(glossary: Glossary, source: Glossary = glossary): TermTable {
	const position = new Map(glossary.categories.map((category, index) => [category.id, index]));
	return {
		categories: glossary.categories.map((category) => category.name),
		terms: glossary.terms.map((term) => {
			const original = source === glossary ? undefined : source.term(term.slug);
			const names = [term.title, ...term.aliases];
			const more = original ? [original.title, ...original.aliases].filter((name) => !names.includes(name)) : [];
			return [term.slug, term.title, position.get(term.category)!, ...term.aliases, ...more];
		}),
	};
}

/** The category filter's choices (see `CategoryCounts`). */
export function categoryCounts(glossary: Glossary): CategoryCounts {
	return glossary.categories.filter((category) => category.terms.length > 0).map((category) => [category.name, category.terms.length]);
}
