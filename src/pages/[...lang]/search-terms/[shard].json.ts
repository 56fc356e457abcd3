import type { APIRoute, GetStaticPaths } from 'astro';
import { perLanguage } from '../../../i18n/page.ts';
import { getGlossary } from '../../../render/collections.ts';
import { termTable } from '../../../search/build-table.ts';
import { shardTable, TERM_TABLE_SHARDS_FROM, type TermTable } from '../../../search/term-table.ts';

/** The name table in parts, one per first character of a name: only for large glossaries. */
export const getStaticPaths = (() =>
	perLanguage(async (lang) => {
		const [glossary, fallback] = await Promise.all([getGlossary(lang), getGlossary()]);
		if (glossary.terms.length < TERM_TABLE_SHARDS_FROM) return [];
		return [...shardTable(termTable(glossary, fallback))].map(([shard, table]) => ({ params: { shard }, props: { table } }));
	})) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	return new Response(JSON.stringify((props as { table: TermTable }).table), { headers: { 'content-type': 'application/json' } });
};
