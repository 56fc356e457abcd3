import { getCollection } from 'astro:content';
import { buildGlossary, type Glossary } from '../link/glossary.ts';
import { lastCommitDates } from '../load/commit-dates.ts';
import { contentPaths } from '../load/paths.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { validateSiteConfig } from '../validate/content.ts';

let site: Promise<SiteConfig> | undefined;
let glossary: Promise<Glossary> | undefined;

/** The validated site configuration, read once per build. */
export function getSite(): Promise<SiteConfig> {
	return (site ??= validateSiteConfig());
}

async function loadGlossary(): Promise<Glossary> {
	const [terms, categories, config, history] = await Promise.all([
		getCollection('terms'),
		getCollection('categories'),
		getSite(),
		lastCommitDates(contentPaths().terms),
	]);
	if (history.warning) console.warn(`[glossary] ${history.warning}`);
	return buildGlossary({
		terms: terms.map((entry) => ({ ...entry.data, slug: entry.id })),
		categories: Object.fromEntries(categories.map((entry) => [entry.id, entry.data])),
		locale: config.locale,
		commitDates: history.dates,
	});
}

/** The glossary model, built once per build from the content collections and shared by every page. */
export function getGlossary(): Promise<Glossary> {
	return (glossary ??= loadGlossary());
}
