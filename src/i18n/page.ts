import type { GetStaticPathsResult } from 'astro';
import { defaultLanguage, languageSettings, siteLanguages, type ResolvedLanguage } from '../link/languages.ts';
import { getSite } from '../render/collections.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { en } from './strings/en.ts';
import { translator, type Translator, type UiStrings } from './ui.ts';

/** One of the site's languages as its pages see it: the interface, the settings, and where its pages are. */
export interface PageLanguage extends Translator {
	/** The language's own settings (name, description, call to action), the site-wide ones filled in. */
	settings: ResolvedLanguage;
	isDefault: boolean;
	/** Where its pages are, relative to the site's base: `` for the default language, `es/` for Spanish. */
	prefix: string;
	/** Whether the site has more than one language (language switcher, hreflang alternates). */
	multilingual: boolean;
}

/** The path prefix of a language's pages: none for the default language, `<code>/` for the others. */
export function languagePrefix(site: Pick<SiteConfig, 'locale'>, lang: string): string {
	return lang === defaultLanguage(site) ? '' : `${lang}/`;
}

/** The language a page's path is in: `<base><lang>/…` for another language, else the default one. */
export function languageOfPath(site: SiteConfig, pathname: string): string {
	const first = pathname.startsWith(site.base) ? pathname.slice(site.base.length).split('/')[0] : undefined;
	const [main, ...others] = siteLanguages(site);
	return others.find((lang) => lang === first) ?? main!;
}

/** A count's string overridden by one string (`site.yml` holds strings) serves every count. */
function overridesOf(strings: Readonly<Record<string, string>>): Partial<UiStrings> {
	return Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, typeof en[key as keyof typeof en] === 'string' ? value : { other: value }])) as Partial<UiStrings>;
}

/** Per settings object (one per build, or per change in `astro dev`), each language's interface, made once. */
const languages = new WeakMap<SiteConfig, Map<string, PageLanguage>>();

/** A language of the site with its interface: its strings (with the site's own wording), formats, settings and prefix. */
export function siteLanguage(site: SiteConfig, lang = defaultLanguage(site)): PageLanguage {
	let made = languages.get(site);
	if (!made) languages.set(site, (made = new Map()));
	let found = made.get(lang);
	if (!found) {
		const settings = languageSettings(site, lang);
		// The default language formats numbers and dates as its `locale` says (e.g. `en-GB`).
		const base = translator(lang, overridesOf(settings.strings), settings.isDefault ? site.locale : lang);
		found = { ...base, settings, isDefault: settings.isDefault, prefix: languagePrefix(site, lang), multilingual: siteLanguages(site).length > 1 };
		made.set(lang, found);
	}
	return found;
}

/** The language of the page at `url`, from its path. */
export async function pageLanguage(url: URL): Promise<PageLanguage> {
	const site = await getSite();
	return siteLanguage(site, languageOfPath(site, url.pathname));
}

/** A page's own `getStaticPaths` entry, before its language is added. */
interface LanguagePath {
	params?: Record<string, string | undefined>;
	props?: object;
	cacheKey?: string;
}

/**
 * `getStaticPaths` entries for a page that exists in every language: the default language's at
 * the page's own path (`lang` left out), the others under `/<code>/`. `more` adds a page's own
 * parameters per language (a term per slug, a category per id).
 */
export async function perLanguage(more: (lang: string) => Promise<LanguagePath[]> | LanguagePath[] = () => [{}]): Promise<GetStaticPathsResult> {
	const site = await getSite();
	const main = defaultLanguage(site);
	const paths = await Promise.all(
		siteLanguages(site).map(async (lang) =>
			(await more(lang)).map((path) => ({
				...path,
				params: { ...path.params, lang: lang === main ? undefined : lang },
				props: { ...path.props, lang },
			})),
		),
	);
	return paths.flat();
}
