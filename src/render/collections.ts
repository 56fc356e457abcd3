import { getCollection } from 'astro:content';
import { buildGlossary, type Glossary } from '../link/glossary.ts';
import { defaultLanguage, siteLanguages } from '../link/languages.ts';
import { lastCommitDates, type CommitDates } from '../load/commit-dates.ts';
import { contentPaths } from '../load/paths.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { validateSiteConfig } from '../validate/content.ts';

let site: Promise<SiteConfig> | undefined;
let history: Promise<CommitDates> | undefined;
const glossaries = new Map<string, Promise<Glossary>>();
let translations: Promise<TranslationIndex> | undefined;

/** The validated site configuration, read once per build. */
export function getSite(): Promise<SiteConfig> {
	return (site ??= validateSiteConfig());
}

/** Last-commit dates of every content file (terms and translations), from one walk of the history. */
function commitDates(): Promise<CommitDates> {
	history ??= (async () => {
		const config = await getSite();
		const paths = contentPaths();
		// Without translations, only terms/ is walked, as before.
		const dates = await lastCommitDates(config.locales && config.locales.length > 1 ? paths.root : paths.terms);
		if (dates.warning) console.warn(`[glossary] ${dates.warning}`);
		return dates;
	})();
	return history;
}

async function loadGlossary(lang: string): Promise<Glossary> {
	const [terms, categories, config, dates] = await Promise.all([getCollection('terms'), getCollection('categories'), getSite(), commitDates()]);
	return buildGlossary({
		terms: terms.filter((entry) => entry.data.lang === lang).map((entry) => entry.data),
		categories: Object.fromEntries(
			categories.filter((entry) => entry.data.lang === lang).map(({ data: { id, name, description } }) => [id, { name, description }]),
		),
		locale: lang === defaultLanguage(config) ? config.locale : lang,
		letterPagesAfter: config.letterPagesAfter,
		commitDates: dates.dates,
	});
}

/**
 * The glossary model of one language (default: the default language), built once per build from
 * the content collections and shared by every page. A translation's glossary holds the terms
 * translated into it, ordered by its own collator; a term it does not have (say, in `related`
 * or a term's links) is in the default language's glossary, whose page is the fallback.
 */
export async function getGlossary(lang?: string): Promise<Glossary> {
	const code = lang ?? defaultLanguage(await getSite());
	let glossary = glossaries.get(code);
	if (!glossary) {
		glossary = loadGlossary(code);
		glossaries.set(code, glossary);
	}
	return glossary;
}

/** Which languages have which terms: for the language switcher, hreflang alternates and the sitemap. */
export interface TranslationIndex {
	/** Every language of the site, the default first, e.g. `['en', 'es', 'ja']`. */
	languages: readonly string[];
	/** The default language's code, e.g. `en`. */
	defaultLanguage: string;
	/** The languages a published term is available in, the default first, e.g. `['en', 'ja']`; empty for no such term. */
	languagesOf(slug: string): readonly string[];
	/** Whether the term `slug` is published in `lang`. */
	has(lang: string, slug: string): boolean;
}

async function loadTranslations(): Promise<TranslationIndex> {
	const [terms, config] = await Promise.all([getCollection('terms'), getSite()]);
	const languages = siteLanguages(config);
	const order = new Map(languages.map((code, index) => [code, index]));
	const bySlug = new Map<string, string[]>();
	for (const { data } of terms) bySlug.set(data.slug, [...(bySlug.get(data.slug) ?? []), data.lang]);
	for (const codes of bySlug.values()) codes.sort((a, b) => (order.get(a) ?? languages.length) - (order.get(b) ?? languages.length));
	return {
		languages,
		defaultLanguage: defaultLanguage(config),
		languagesOf: (slug) => bySlug.get(slug) ?? [],
		has: (lang, slug) => bySlug.get(slug)?.includes(lang) ?? false,
	};
}

/** The translation lookup, built once per build. */
export function getTranslations(): Promise<TranslationIndex> {
	return (translations ??= loadTranslations());
}
