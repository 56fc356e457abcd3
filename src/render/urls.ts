import type { SiteConfig } from '../schemas/site.ts';

/** Links within the site, with the base path applied: `href('fine-tuning/')` → `/glossary/fine-tuning/`. */
export function href(site: Pick<SiteConfig, 'base'>, path = ''): string {
	return `${site.base}${path}`;
}

/** Absolute URLs for canonical links, feeds and structured data. */
export function absoluteUrl(site: Pick<SiteConfig, 'base' | 'url'>, path = ''): string {
	return `${site.url}${site.base}${path}`;
}

/** The "edit this page" link for a content file, when the site names its repository. */
export function editUrl(site: Pick<SiteConfig, 'repository'>, file: string): string | undefined {
	if (!site.repository) return undefined;
	return `${site.repository.url}/edit/${site.repository.branch}/${file}`;
}

/** The "suggest this term" link, with `{query}` left for the search box to fill in. */
export function suggestTermUrl(site: Pick<SiteConfig, 'repository' | 'suggestTermUrl'>): string | undefined {
	if (site.suggestTermUrl) return site.suggestTermUrl;
	if (!site.repository) return undefined;
	return `${site.repository.url}/issues/new?template=suggest-a-term.yml&title=${encodeURIComponent('Suggest a term: ')}{query}`;
}
