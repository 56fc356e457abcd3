import type { APIRoute } from 'astro';
import { getGlossary } from '../render/collections.ts';
import { termTable } from '../search/build-table.ts';

/**
 * The search box's whole name table (see src/search/term-table.ts), written once per build. A
 * large glossary's browsers fetch it in parts instead (`search-terms/[shard].json.ts`).
 */
export const GET: APIRoute = async () => {
	return new Response(JSON.stringify(termTable(await getGlossary())), { headers: { 'content-type': 'application/json' } });
};
