import type { APIRoute } from 'astro';
import { getGlossary } from '../render/collections.ts';
import { categoryCounts } from '../search/build-table.ts';

/** The search box's category filter choices (see `CategoryCounts` in src/search/term-table.ts). */
export const GET: APIRoute = async () => {
	return new Response(JSON.stringify(categoryCounts(await getGlossary())), { headers: { 'content-type': 'application/json' } });
};
