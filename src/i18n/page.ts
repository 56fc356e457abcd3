import { getSite } from '../render/collections.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { translator, type Translator } from './ui.ts';

/** The site's default language: the code its `locale` names, lower-case (`en-GB` → `en-gb`). */
export function defaultLanguage(site: Pick<SiteConfig, 'locale'>): string {
	return site.locale.toLowerCase();
}

/** Every language of the site, the default one first. */
export function siteLanguages(site: Pick<SiteConfig, 'locale'>): string[] {
	return [defaultLanguage(site)];
}

/** The language a page's path is in: `/<base>/<lang>/…` for another language, else the default one. */
export function languageOfPath(site: Pick<SiteConfig, 'locale' | 'base'>, pathname: string): string {
	const first = pathname.startsWith(site.base) ? pathname.slice(site.base.length).split('/')[0] : undefined;
	const [fallback, ...others] = siteLanguages(site);
	return others.find((lang) => lang === first) ?? fallback!;
}

/** The interface of one of the site's languages: its strings with the site's own wording, and its formats. */
export function translatorFor(site: SiteConfig, lang = defaultLanguage(site)): Translator {
	// The default language formats numbers and dates as its `locale` says (e.g. `en-GB`).
	return translator(lang, {}, lang === defaultLanguage(site) ? site.locale : lang);
}

/** The interface of the page at `url`: the language its path is in. */
export async function pageTranslator(url: URL): Promise<Translator> {
	const site = await getSite();
	return translatorFor(site, languageOfPath(site, url.pathname));
}
