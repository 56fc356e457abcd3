import type { APIRoute } from 'astro';
import { canonicalTag } from '../i18n/ui.ts';
import { languagePrefix } from '../i18n/page.ts';
import { siteLanguages } from '../link/languages.ts';
import { categoryPath, letterPath, termPath } from '../link/routes.ts';
import { getGlossary, getSite, getTranslations } from '../render/collections.ts';
import { escapeMarkup } from '../render/escape.ts';
import { absoluteUrl } from '../render/urls.ts';

interface SitemapPage {
	/** The page's path without its language's prefix, e.g. `fine-tuning/`. */
	path: string;
	lang: string;
	lastmod: string | undefined;
	/** The languages the same page is in, for hreflang alternates (none when it is only in its own). */
	languages: readonly string[];
}

/**
 * The pages search engines should index, with each term's last change. Alias redirects, the
 * search page and the 404 page are left out. (Hand-written rather than @astrojs/sitemap, which
 * cannot know a term's date and writes sitemap-index.xml rather than the sitemap.xml promised.)
 * On a site with several languages, every language's pages are listed, each with its
 * `xhtml:link` hreflang alternates and `x-default` (the default language's page).
 */
export const GET: APIRoute = async () => {
	const [site, translations] = await Promise.all([getSite(), getTranslations()]);
	const languages = siteLanguages(site);
	const multilingual = languages.length > 1;
	const pages: SitemapPage[] = [];
	for (const lang of languages) {
		const glossary = await getGlossary(lang);
		const newest = glossary.terms.reduce<string | undefined>((latest, term) => (term.lastModified && (!latest || term.lastModified > latest) ? term.lastModified : latest), undefined);
		const everywhere = { lang, languages: multilingual ? languages : [] };
		pages.push(
			{ path: '', lastmod: newest, ...everywhere },
			{ path: 'categories/', lastmod: undefined, ...everywhere },
			...glossary.categories.map((category) => ({ path: categoryPath(category.id), lastmod: undefined, ...everywhere })),
			...(glossary.letterPages ? glossary.index.filter((group) => group.items.length > 0).map((group) => ({ path: letterPath(group.id), lastmod: undefined, lang, languages: [] })) : []),
			...glossary.terms.map((term) => ({ path: termPath(term.slug), lastmod: term.lastModified, lang, languages: multilingual ? translations.languagesOf(term.slug) : [] })),
		);
	}
	const url = (lang: string, path: string) => escapeMarkup(absoluteUrl(site, languagePrefix(site, lang) + path));
	const tag = (lang: string) => (lang === languages[0] ? site.locale : canonicalTag(lang));
	const alternates = ({ path, languages: others }: SitemapPage) =>
		others.length > 1
			? [...others.map((lang) => `<xhtml:link rel="alternate" hreflang="${tag(lang)}" href="${url(lang, path)}"/>`), ...(others.includes(languages[0]!) ? [`<xhtml:link rel="alternate" hreflang="x-default" href="${url(languages[0]!, path)}"/>`] : [])].join('')
			: '';
	const urls = pages.map((page) => `<url><loc>${url(page.lang, page.path)}</loc>${page.lastmod ? `<lastmod>${page.lastmod}</lastmod>` : ''}${alternates(page)}</url>`);
	const namespaces = `xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${multilingual ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : ''}`;
	const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset ${namespaces}>\n${urls.join('\n')}\n</urlset>\n`;
	return new Response(xml, { headers: { 'content-type': 'application/xml' } });
};
