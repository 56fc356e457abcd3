import type { GlossaryCategory, GlossaryTerm } from './glossary.ts';

/** How many of its category's other terms a term page lists beside its text. */
const NEIGHBOURS = 8;

/** Where each term stands in its category, built once per category: every term page asks. */
const positions = new WeakMap<GlossaryCategory, Map<string, number>>();

function positionIn(category: GlossaryCategory, slug: string): number {
	let bySlug = positions.get(category);
	if (!bySlug) {
		bySlug = new Map(category.terms.map((term, index) => [term.slug, index]));
		positions.set(category, bySlug);
	}
	return bySlug.get(slug) ?? -1;
}

/** A term's neighbours in its category's index order, a few either side: the term page's rail lists them. */
export function categoryNeighbours(category: GlossaryCategory, slug: string): GlossaryTerm[] {
	const position = positionIn(category, slug);
	const start = Math.max(0, Math.min(position - NEIGHBOURS / 2, category.terms.length - NEIGHBOURS - 1));
	return category.terms.slice(start, start + NEIGHBOURS + 1).filter((other) => other.slug !== slug);
}
