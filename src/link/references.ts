import type { Glossary, GlossaryTerm } from './glossary.ts';

/**
 * How many terms a page's "Referenced by" names. A term that the whole glossary mentions (say
 * "AI") would otherwise list thousands (a 2.4 MB page in a glossary of 50,000 terms): past this
 * many, the list ends with a link to search for the rest, and every page stays light.
 */
export const REFERENCES_SHOWN = 50;

/** The terms that link to `term` and are not among its related terms (listed there already): the first `REFERENCES_SHOWN`, and how many more there are. */
export function referencesOf(glossary: Glossary, term: Pick<GlossaryTerm, 'slug' | 'related'>): { shown: GlossaryTerm[]; more: number } {
	const related = new Set(term.related);
	const all = glossary.referencedBy(term.slug).filter((other) => !related.has(other.slug));
	return { shown: all.slice(0, REFERENCES_SHOWN), more: Math.max(0, all.length - REFERENCES_SHOWN) };
}
