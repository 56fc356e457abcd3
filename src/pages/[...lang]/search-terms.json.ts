import type { APIRoute, GetStaticPaths } from 'astro';
import { perLanguage } from '../../i18n/page.ts';
import { getGlossary } from '../../render/collections.ts';
import { termTable } from '../../search/build-table.ts';

/** A table per language (`/search-terms.json`, `/es/search-terms.json`): each searches its own terms. */
export const getStaticPaths = (() => perLanguage()) satisfies GetStaticPaths;

/**
 * The search box's whole name table (see src/search/term-table.ts), written once per build. A
 * large glossary's browsers fetch it in parts instead (`search-terms/[shard].json.ts`).
 */
export const GET: APIRoute = async ({ props }) => {
	const { lang } = props as { lang: string };
	const [glossary, fallback] = await Promise.all([getGlossary(lang), getGlossary()]);
	return new Response(JSON.stringify(termTable(glossary, fallback)), { headers: { 'content-type': 'application/json' } });
};
