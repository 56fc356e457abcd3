import type { FaqItem } from '../schemas/faq.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { absoluteUrl } from './urls.ts';

type JsonLd = Record<string, unknown>;

/**
 * JSON for a `<script>` element (JSON-LD, or data for a script). `<`, `>` and `&` are escaped
 * as JSON unicode escapes so that no content can close the script element or open a comment.
 */
export function serializeJsonForScript(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/** The language a page is in, as structured data names it: its glossary's name and home, and its tag. */
export interface StructuredLanguage {
	settings: { name: string; description: string };
	/** Where its pages are, relative to the base: `` or `es/`. */
	prefix: string;
	isDefault: boolean;
	/** `zh-CN`-style tag; the default language is named by the site's `locale`. */
	tag: string;
}

const inLanguage = (site: SiteConfig, language: StructuredLanguage | undefined) => (!language || language.isDefault ? site.locale : language.tag);

/** The whole glossary (in one language) as a schema.org `DefinedTermSet`. */
export function definedTermSet(site: SiteConfig, language?: StructuredLanguage): JsonLd {
	const home = absoluteUrl(site, language?.prefix ?? '');
	return {
		'@type': 'DefinedTermSet',
		'@id': `${home}#glossary`,
		name: language?.settings.name ?? site.name,
		description: language?.settings.description ?? site.description,
		url: home,
		inLanguage: inLanguage(site, language),
		publisher: { '@type': 'Organization', name: site.publisher.name, url: site.publisher.url },
	};
}

export interface DefinedTermInput {
	title: string;
	summary: string;
	aliases: readonly string[];
	url: string;
	lastModified?: string | undefined;
}

/** One term as a schema.org `DefinedTerm` inside the glossary's `DefinedTermSet`. */
export function definedTerm(site: SiteConfig, term: DefinedTermInput, language?: StructuredLanguage): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'DefinedTerm',
		'@id': `${term.url}#term`,
		name: term.title,
		description: term.summary,
		url: term.url,
		...(term.aliases.length > 0 ? { alternateName: term.aliases } : {}),
		...(term.lastModified ? { dateModified: term.lastModified } : {}),
		...(language && !language.isDefault ? { inLanguage: language.tag } : {}),
		inDefinedTermSet: definedTermSet(site, language),
	};
}

/** A schema.org `BreadcrumbList` from (name, absolute URL) pairs, outermost first. */
export function breadcrumbList(items: readonly { name: string; url: string }[]): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: items.map((item, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: item.name,
			item: item.url,
		})),
	};
}

/** A schema.org `FAQPage` for a term's questions and answers. */
export function faqPage(url: string, faq: readonly FaqItem[]): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		'@id': `${url}#faq`,
		mainEntity: faq.map((item) => ({
			'@type': 'Question',
			name: item.question,
			acceptedAnswer: { '@type': 'Answer', text: item.answer },
		})),
	};
}

/** A schema.org `WebSite` for the home page, with the glossary as its main entity. */
export function webSite(site: SiteConfig, language?: StructuredLanguage): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name: language?.settings.name ?? site.name,
		url: absoluteUrl(site, language?.prefix ?? ''),
		inLanguage: inLanguage(site, language),
		mainEntity: definedTermSet(site, language),
	};
}
