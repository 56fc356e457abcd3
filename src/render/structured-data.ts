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

/** The whole glossary as a schema.org `DefinedTermSet`. */
export function definedTermSet(site: SiteConfig): JsonLd {
	return {
		'@type': 'DefinedTermSet',
		'@id': `${absoluteUrl(site)}#glossary`,
		name: site.name,
		description: site.description,
		url: absoluteUrl(site),
		inLanguage: site.locale,
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
export function definedTerm(site: SiteConfig, term: DefinedTermInput): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'DefinedTerm',
		'@id': `${term.url}#term`,
		name: term.title,
		description: term.summary,
		url: term.url,
		...(term.aliases.length > 0 ? { alternateName: term.aliases } : {}),
		...(term.lastModified ? { dateModified: term.lastModified } : {}),
		inDefinedTermSet: definedTermSet(site),
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
export function webSite(site: SiteConfig): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name: site.name,
		url: absoluteUrl(site),
		inLanguage: site.locale,
		mainEntity: definedTermSet(site),
	};
}
