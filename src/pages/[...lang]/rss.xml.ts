import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteLanguage, perLanguage } from '../../i18n/page.ts';
import { termPath } from '../../link/routes.ts';
import { getGlossary, getSite } from '../../render/collections.ts';
import { absoluteUrl } from '../../render/urls.ts';

/** How many terms the feed carries: the newest and most recently updated. */
const FEED_SIZE = 50;

/** A feed per language (`/rss.xml`, `/es/rss.xml`) of that language's terms. */
export const getStaticPaths = (() => perLanguage()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { lang } = props as { lang: string };
	const [site, glossary] = await Promise.all([getSite(), getGlossary(lang)]);
	const language = siteLanguage(site, lang);
	const recent = glossary.terms
		.filter((term) => term.lastModified)
		.sort((a, b) => b.lastModified!.localeCompare(a.lastModified!) || a.title.localeCompare(b.title))
		.slice(0, FEED_SIZE);
	return rss({
		title: language.settings.name,
		description: language.settings.description,
		site: absoluteUrl(site, language.prefix),
		customData: `<language>${language.isDefault ? site.locale : language.tag}</language>`,
		items: recent.map((term) => ({
			title: term.title,
			link: absoluteUrl(site, language.prefix + termPath(term.slug)),
			description: term.summary,
			pubDate: new Date(`${term.lastModified}T00:00:00Z`),
			categories: [glossary.category(term.category)?.name ?? term.category],
		})),
	});
};
