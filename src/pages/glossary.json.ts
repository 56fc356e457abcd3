import type { APIRoute } from 'astro';
import { termPath } from '../link/routes.ts';
import { getGlossary, getSite } from '../render/collections.ts';
import { absoluteUrl } from '../render/urls.ts';
import type { GlossaryExport } from '../schemas/export.ts';

/** Every published term as data; the format is `GlossaryExportSchema`, documented in the README. */
export const GET: APIRoute = async () => {
	const [site, glossary] = await Promise.all([getSite(), getGlossary()]);
	const data: GlossaryExport = {
		version: 1,
		name: site.name,
		url: absoluteUrl(site),
		language: site.locale,
		categories: Object.fromEntries(glossary.categories.map(({ id, name, description }) => [id, { name, description }])),
		terms: glossary.terms.map((term) => ({
			slug: term.slug,
			url: absoluteUrl(site, termPath(term.slug)),
			title: term.title,
			aliases: term.aliases,
			summary: term.summary,
			category: term.category,
			tags: term.tags,
			related: term.related,
			updated: term.lastModified ?? null,
		})),
	};
	return new Response(JSON.stringify(data, null, '\t'), { headers: { 'content-type': 'application/json' } });
};
