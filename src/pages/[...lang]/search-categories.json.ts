import type { APIRoute, GetStaticPaths } from 'astro';
import { perLanguage } from '../../i18n/page.ts';
import { getGlossary } from '../../render/collections.ts';
import { categoryCounts } from '../../search/build-table.ts';

/** A file per language (`/search-categories.json`, `/es/search-categories.json`): its categories' names and counts. */
export const getStaticPaths = (() => perLanguage()) satisfies GetStaticPaths;

/** The search box's category filter choices (see `CategoryCounts` in src/search/term-table.ts). */
export const GET: APIRoute = async ({ props }) => {
	const { lang } = props as { lang: string };
	return new Response(JSON.stringify(categoryCounts(await getGlossary(lang))), { headers: { 'content-type': 'application/json' } });
};
