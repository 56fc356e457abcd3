import type { APIRoute } from 'astro';
import type { Glossary, GlossaryTerm } from '../link/glossary.ts';
import { languageSettings, translationLanguages } from '../link/languages.ts';
import { termPath } from '../link/routes.ts';
import { getGlossary, getSite } from '../render/collections.ts';
import { absoluteUrl } from '../render/urls.ts';
import type { ExportedTerm, GlossaryExport } from '../schemas/export.ts';
import type { SiteConfig } from '../schemas/site.ts';

/** One term as exported; `prefix` is a translation's language folder in URLs, e.g. `es/`. */
function exportTerm(site: SiteConfig, term: GlossaryTerm, prefix = ''): ExportedTerm {
	return {
		slug: term.slug,
		url: absoluteUrl(site, `${prefix}${termPath(term.slug)}`),
		title: term.title,
		...(term.reading ? { reading: term.reading } : {}),
		aliases: term.aliases,
		summary: term.summary,
		category: term.category,
		tags: term.tags,
		related: term.related,
		updated: term.lastModified ?? null,
	};
}

const categoriesOf = (glossary: Glossary) => Object.fromEntries(glossary.categories.map(({ id, name, description }) => [id, { name, description }]));

/**
 * Every published term as data; the format is `GlossaryExportSchema`, documented in the README.
 * Translations come in `translations`, by language, only on a site with several languages: a
 * one-language glossary's file is as it always was.
 */
export const GET: APIRoute = async () => {
	const [site, glossary] = await Promise.all([getSite(), getGlossary()]);
	const data: GlossaryExport = {
		version: 1,
		name: site.name,
		url: absoluteUrl(site),
		language: site.locale,
		categories: categoriesOf(glossary),
		terms: glossary.terms.map((term) => exportTerm(site, term)),
	};
	const languages = translationLanguages(site);
	if (languages.length > 0) {
		const translated = await Promise.all(languages.map((lang) => getGlossary(lang)));
		data.translations = Object.fromEntries(
			languages.map((lang, index) => [
				lang,
				{
					name: languageSettings(site, lang).name,
					url: absoluteUrl(site, `${lang}/`),
					language: lang,
					categories: categoriesOf(translated[index]!),
					terms: translated[index]!.terms.map((term) => exportTerm(site, term, `${lang}/`)),
				},
			]),
		);
	}
	return new Response(JSON.stringify(data, null, '\t'), { headers: { 'content-type': 'application/json' } });
};
