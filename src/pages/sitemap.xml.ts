import type { APIRoute } from 'astro';
import { categoryPath, letterPath, termPath } from '../link/routes.ts';
import { getGlossary, getSite } from '../render/collections.ts';
import { escapeMarkup } from '../render/escape.ts';
import { absoluteUrl } from '../render/urls.ts';

/**
 * The pages search engines should index, with each term's last change. Alias redirects, the
 * search page and the 404 page are left out. (Hand-written rather than @astrojs/sitemap, which
 * cannot know a term's date and writes sitemap-index.xml rather than the sitemap.xml promised.)
 */
export const GET: APIRoute = async () => {
	const [site, glossary] = await Promise.all([getSite(), getGlossary()]);
	const newest = glossary.terms.reduce<string | undefined>((latest, term) => (term.lastModified && (!latest || term.lastModified > latest) ? term.lastModified : latest), undefined);
	const pages = [
		{ path: '', lastmod: newest },
		{ path: 'categories/', lastmod: undefined },
		...glossary.categories.map((category) => ({ path: categoryPath(category.id), lastmod: undefined })),
		...(glossary.letterPages ? glossary.index.filter((group) => group.items.length > 0).map((group) => ({ path: letterPath(group.id), lastmod: undefined })) : []),
		...glossary.terms.map((term) => ({ path: termPath(term.slug), lastmod: term.lastModified })),
	];
	const urls = pages.map(
		({ path, lastmod }) => `<url><loc>${escapeMarkup(absoluteUrl(site, path))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
	);
	const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
	return new Response(xml, { headers: { 'content-type': 'application/xml' } });
};
