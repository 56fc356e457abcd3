import type { APIRoute } from 'astro';
import { getGlossary } from '../render/collections.ts';
import type { TermTable } from '../search/term-table.ts';

/** The search box's name table (see src/search/term-table.ts), written once per build. */
export const GET: APIRoute = async () => {
	const glossary = await getGlossary();
	const categories = glossary.categories.map((category) => category.name);
	const position = new Map(glossary.categories.map((category, index) => [category.id, index]));
	const table: TermTable = {
		categories,
		terms: glossary.terms.map((term) => [term.slug, term.title, position.get(term.category)!, ...term.aliases]),
	};
	return new Response(JSON.stringify(table), { headers: { 'content-type': 'application/json' } });
};
