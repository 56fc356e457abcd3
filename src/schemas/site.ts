import { z } from 'zod';
import { en } from '../i18n/strings/en.ts';
import { didYouMean } from '../validate/suggest.ts';
import { PlainTextSchema, SingleLineTextSchema } from './fields.ts';

/** Interface strings by key (`src/i18n/strings/en.ts` names every key); a key that is not one is an error, not silently ignored. */
const UiStringsSchema = z.record(z.string(), SingleLineTextSchema).superRefine((strings, context) => {
	for (const key of Object.keys(strings)) {
		if (key in en) continue;
		const suggestion = didYouMean(key, Object.keys(en));
		context.addIssue({
			code: 'custom',
			path: [key],
			message: `is not an interface string — ${suggestion || 'use a key from src/i18n/strings/en.ts'}`,
		});
	}
});

const HttpUrlSchema = z.url({
	protocol: /^https?$/,
	error: 'is not a web address — write a full URL starting with https://',
});

function isSupportedLocale(tag: string): boolean {
	try {
		return Intl.Collator.supportedLocalesOf([tag]).length > 0;
	} catch {
		return false; // a malformed tag throws instead of returning no match
	}
}

/** The call-to-action block shown at the end of every term page. */
export const CallToActionSchema = z.strictObject({
	/** Set to `false` to hide the block everywhere. Default: `true`. */
	enabled: z.boolean().default(true),
	/** The block's heading, e.g. "Turn AI jargon into a plan". */
	heading: SingleLineTextSchema,
	/** One or two sentences under the heading. */
	text: PlainTextSchema,
	/** The button's label, e.g. "Book a strategy call". */
	button: SingleLineTextSchema,
	/** Where the button goes: a full URL or a path on this site, e.g. `https://example.com/call`. */
	href: z.union([HttpUrlSchema, z.string().regex(/^\/(?!\/)/)], {
		error: 'is not a link — write a full https:// URL or a path on this site starting with /',
	}),
});

/** Where the content lives, for "edit this page" links. */
export const RepositorySchema = z.strictObject({
	/** The repository's web address, e.g. `https://github.com/acme/glossary`. */
	url: HttpUrlSchema.transform((url) => url.replace(/\/+$/, '')),
	/** The branch that editors change. Default: `main`. */
	branch: SingleLineTextSchema.default('main'),
});

/** The organisation behind the glossary, named in structured data and the footer. */
export const PublisherSchema = z.strictObject({
	/** e.g. "GroveAI". */
	name: SingleLineTextSchema,
	/** The organisation's home page, e.g. `https://groveai.example`. */
	url: HttpUrlSchema,
});

/**
 * A language of the site as written in `locales` and used for folders and URLs: a lower-case
 * BCP 47 tag, e.g. `es`, `ja`, `zh-cn` or `pt-br` (content in `content/zh-cn/`, pages under `/zh-cn/`).
 */
export const LanguageCodeSchema = z
	.string()
	.regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/, {
		error: 'is not a language code — write a lower-case BCP 47 tag such as es, ja, zh-cn or pt-br',
	})
	.refine(isSupportedLocale, { error: 'is not a known language — use a tag such as es, ja, zh-cn or pt-br' });

/** One `##` section that entries should have; a missing one is a warning. */
export const SectionSchema = z.strictObject({
	/** The heading as the warning suggests it, `{title}` standing for the term's title, e.g. "What is {title}?". Required. */
	heading: SingleLineTextSchema.refine((heading) => heading.includes('{title}'), {
		error: 'does not say where the title goes — write {title} in it, e.g. "What is {title}?"',
	}),
	/**
	 * Headings that count as this section, compared without regard to case, `*` standing for any
	 * text, e.g. `[What is *, What are *]`. Default: `heading` with `*` for `{title}`.
	 */
	match: z.array(SingleLineTextSchema).min(1, { error: 'is empty — list at least one heading, e.g. [What is *]' }).optional(),
});

/** The quality warnings of one language (warnings never fail the build, except with `--strict`). */
export const QualitySchema = z.strictObject({
	/**
	 * The `##` sections every entry of this language should have, or `false` for none: a glossary
	 * not written in the "What is X? / Why X matters" style turns the section warnings off and keeps
	 * the others. Default: "What is {title}?" and "Why {title} matters for business" for the
	 * default language; none for the other languages.
	 */
	sections: z.union([z.literal(false), z.array(SectionSchema)], {
		error: 'should be false or a list of sections, each with a heading — e.g. sections: false, or sections: [{ heading: "What is {title}?" }]',
	}).optional(),
});

/** Settings of one language of the site, in `languages.<code>`: each field overrides the site-wide one in that language. */
export const LanguageSettingsSchema = z.strictObject({
	/** The glossary's name in this language, e.g. "Glosario GroveAI". Default: `name`. */
	name: SingleLineTextSchema.optional(),
	/** The home page text and meta description in this language. Default: `description`. */
	description: PlainTextSchema.optional(),
	/** The call-to-action block in this language. Default: `callToAction`. */
	callToAction: CallToActionSchema.optional(),
	/** Interface strings replacing the shipped ones for this language, by key, e.g. `{ search: Buscar }`. Default: none. */
	strings: UiStringsSchema.optional(),
	/** Quality warnings for this language's entries. Default: see `QualitySchema`. */
	quality: QualitySchema.optional(),
});

/** The site owner's settings: `content/site.yml`. */
export const SiteConfigSchema = z.strictObject({
	/** The glossary's name, shown in the header and page titles, e.g. "GroveAI Glossary". */
	name: SingleLineTextSchema,
	/** One or two sentences on what the glossary is for; the home page's meta description. */
	description: PlainTextSchema,
	/** The address the site is served from, without the base path, e.g. `https://glossary.example.com`. */
	url: HttpUrlSchema.transform((url) => url.replace(/\/+$/, '')),
	/** A sub-path when the site is not at the root of its domain, e.g. `/glossary/`. Default: `/`. */
	base: z
		.string()
		.regex(/^\/([a-z0-9._~-]+\/)*$/i, { error: 'is not a base path — start and end it with /, e.g. /glossary/' })
		.default('/'),
	/** BCP 47 language tag used for `lang`, A–Z ordering and dates, e.g. `en` or `de-CH`. Default: `en`. */
	locale: z
		.string()
		.refine(isSupportedLocale, {
			error: 'is not a known language tag — use one like en, en-GB or de',
		})
		.default('en'),
	/** The organisation behind the glossary. */
	publisher: PublisherSchema,
	/** Where editors change the content; enables "edit this page" links. Optional. */
	repository: RepositorySchema.optional(),
	/**
	 * Where "suggest this term" sends readers when search finds nothing; `{query}` becomes their
	 * search text, e.g. `https://example.com/suggest?term={query}`. Default: a new issue in the repository.
	 */
	suggestTermUrl: HttpUrlSchema.optional(),
	/**
	 * Words that may mix Latin, Greek and Cyrillic letters, e.g. `[μTorrent]`. Validation refuses
	 * such words in titles and aliases otherwise: one foreign letter makes a look-alike name. Default: none.
	 */
	allowMixedScripts: z.array(SingleLineTextSchema).default([]),
	/** The block inviting readers to act, e.g. to book a call. Leave it out for no block. */
	callToAction: CallToActionSchema.optional(),
	/**
	 * Past this many A–Z entries (terms and their aliases), the home page links to a page per
	 * letter (`/letters/a/`) instead of listing every entry, so that it stays light. Default: 1500.
	 */
	letterPagesAfter: z.number().int().nonnegative().default(1500),
	/**
	 * Every language of the site, the default (`locale`) among them, e.g. `[en, es, ja]`. Each
	 * other language has its translations in `content/<code>/` and its pages under `/<code>/`.
	 * Default: only `locale`, and no translations.
	 */
	locales: z
		.array(LanguageCodeSchema)
		.min(1, { error: 'is empty — list the default language and the others, e.g. [en, es], or remove the field' })
		.refine((codes) => new Set(codes).size === codes.length, { error: 'lists a language twice — remove the repeat' })
		.optional(),
	/** Settings per language, by code from `locales`, e.g. `{ es: { name: Glosario GroveAI } }`. Default: none. */
	languages: z.record(z.string(), LanguageSettingsSchema).optional(),
	/** Quality warnings for the default language's entries. Default: see `QualitySchema`. */
	quality: QualitySchema.optional(),
}).superRefine((site, context) => {
	const defaultCode = site.locale.toLowerCase();
	if (site.locales && !site.locales.includes(defaultCode)) {
		context.addIssue({
			code: 'custom',
			path: ['locales'],
			message: `does not list the default language "${defaultCode}" (locale) — add it, e.g. [${[...new Set([defaultCode, ...site.locales.map((code) => code.toLowerCase())])].join(', ')}]`,
		});
	}
	const codes = [...new Set([defaultCode, ...(site.locales ?? []).map((code) => code.toLowerCase())])];
	for (const [code, settings] of Object.entries(site.languages ?? {})) {
		if (!codes.includes(code)) {
			context.addIssue({
				code: 'custom',
				path: ['languages', code],
				message: `"${code}" is not a language of this site — add it to locales, or remove these settings (languages: ${codes.join(', ')})`,
			});
		} else if (code === defaultCode) {
			for (const key of ['name', 'description', 'callToAction', 'quality'] as const) {
				if (settings[key] === undefined) continue;
				context.addIssue({
					code: 'custom',
					path: ['languages', code, key],
					message: `is a setting of the default language — write it at the top level of site.yml (${key}: …)`,
				});
			}
		}
	}
});

export type CallToAction = z.infer<typeof CallToActionSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Quality = z.infer<typeof QualitySchema>;
export type LanguageSettings = z.infer<typeof LanguageSettingsSchema>;
export type SiteConfigInput = z.input<typeof SiteConfigSchema>;
export type SiteConfig = z.infer<typeof SiteConfigSchema>;
