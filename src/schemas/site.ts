import { z } from 'zod';
import { PlainTextSchema, SingleLineTextSchema } from './fields.ts';

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
});

export type SiteConfigInput = z.input<typeof SiteConfigSchema>;
export type SiteConfig = z.infer<typeof SiteConfigSchema>;
