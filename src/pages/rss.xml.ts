import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { termPath } from '../link/routes.ts';
import { getGlossary, getSite } from '../render/collections.ts';
import { absoluteUrl } from '../render/urls.ts';

/** How many terms the feed carries: the newest and most recently updated. */
const FEED_SIZE = 50;

export const GET: APIRoute = async () => {
	const [site, glossary] = await Promise.all([getSite(), getGlossary()]);
	const recent = glossary.terms
		.filter((term) => term.lastModified)
		.sort((a, b) => b.lastModified!.localeCompare(a.lastModified!) || a.title.localeCompare(b.title))
		.slice(0, FEED_SIZE);
	return rss({
		title: site.name,
		description: site.description,
		site: absoluteUrl(site),
		customData: `<language>${site.locale}</language>`,
		items: recent.map((term) => ({
			title: term.title,
			link: absoluteUrl(site, termPath(term.slug)),
			description: term.summary,
			pubDate: new Date(`${term.lastModified}T00:00:00Z`),
			categories: [glossary.category(term.category)?.name ?? term.category],
		})),
	});
};
