import type { CallToAction, Quality, SiteConfig } from '../schemas/site.ts';
import { RESERVED_SLUGS } from './routes.ts';

type Languages = Pick<SiteConfig, 'locale' | 'locales'>;

/** The default language's code: `locale` in lower case, e.g. `en` or `de-ch`. Its pages are at the site's root. */
export function defaultLanguage(site: Pick<SiteConfig, 'locale'>): string {
	return site.locale.toLowerCase();
}

/** The languages with translations: every code in `locales` but the default, in the order written. */
export function translationLanguages(site: Languages): string[] {
	const main = defaultLanguage(site);
	return (site.locales ?? []).filter((code) => code !== main);
}

/** Every language of the site, the default first, e.g. `['en', 'es', 'ja']`. */
export function siteLanguages(site: Languages): string[] {
	return [defaultLanguage(site), ...translationLanguages(site)];
}

/** What a language's pages show of the site's settings: its own where `languages.<code>` gives them, else the site-wide ones. */
export interface ResolvedLanguage {
	code: string;
	/** Whether this is the default language (pages at the root, no `/<code>/` prefix). */
	isDefault: boolean;
	name: string;
	description: string;
	callToAction: CallToAction | undefined;
	/** Interface string overrides from `site.yml`, by key (the site's i18n module types and applies them). */
	strings: Readonly<Record<string, string>>;
	/** The quality settings for this language's entries, as written (defaults: see `sectionsFor`). */
	quality: Quality | undefined;
}

/** One language's settings, with the site-wide ones filled in. */
export function languageSettings(site: SiteConfig, code: string): ResolvedLanguage {
	const isDefault = code === defaultLanguage(site);
	const own = site.languages?.[code];
	return {
		code,
		isDefault,
		name: own?.name ?? site.name,
		description: own?.description ?? site.description,
		callToAction: own?.callToAction ?? site.callToAction,
		strings: own?.strings ?? {},
		quality: isDefault ? site.quality : own?.quality,
	};
}

/**
 * Slugs no term (and no alias's redirect) may take: the site's own pages, and the code of every
 * language, whose pages are under `/<code>/`.
 */
export function reservedSlugs(site: Languages | undefined): ReadonlySet<string> {
	const codes = site?.locales ?? [];
	return codes.length === 0 ? RESERVED_SLUGS : new Set([...RESERVED_SLUGS, ...codes]);
}

/** A language's name in English, e.g. "Spanish" for `es`, for messages to editors; the code itself when unknown. */
export function languageName(code: string): string {
	try {
		return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
}
