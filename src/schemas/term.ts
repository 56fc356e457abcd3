import { z } from 'zod';
import { FaqItemSchema } from './faq.ts';
import { CalendarDateSchema, PlainTextSchema, ReadingSchema, SingleLineTextSchema, SlugSchema } from './fields.ts';

/**
 * The frontmatter of one term file, `content/terms/<slug>.md`.
 * Rules that need the whole glossary (unique titles, existing `related` slugs…) live in
 * `src/validate/rules.ts`; this schema checks one file on its own.
 */
export const TermSchema = z.strictObject({
	/** The term as readers know it, on one line, e.g. "Pre-training". Required. */
	title: SingleLineTextSchema,
	/**
	 * How the title sounds, for a title whose letters do not say: the A–Z index files and sorts
	 * the term by it, e.g. `けんさくかくちょうせいせい` for 検索拡張生成. Default: the title itself.
	 */
	reading: ReadingSchema.optional(),
	/** The one-sentence definition, plain text; shown first on the page and in search results. Required. */
	summary: PlainTextSchema,
	/** An id from `content/categories.yml`, e.g. `foundations`. Required. */
	category: z.string().trim(),
	/** Synonyms and abbreviations, e.g. `[LLM]`; searchable, each gets a redirect page. Default: none. */
	aliases: z.array(SingleLineTextSchema).default([]),
	/** Free keywords shown on the page, e.g. `[training, llm]`. Default: none. */
	tags: z.array(SingleLineTextSchema).default([]),
	/** Slugs of other terms worth reading next, e.g. `[fine-tuning]`; each must exist. Default: none. */
	related: z.array(SlugSchema).default([]),
	/** Question/answer pairs shown as the term's FAQ. Default: none. */
	faq: z.array(FaqItemSchema).default([]),
	/** Date of the last meaningful change, `YYYY-MM-DD`. Default: the last commit that touched the file. */
	updated: CalendarDateSchema.optional(),
	/** A draft is validated but never published. Default: `false`. */
	draft: z.boolean().default(false),
	/**
	 * Link the first mention of other terms' titles and aliases in the body. `false` turns it off
	 * for this entry; `[[slug]]` links still work. Default: `true`.
	 */
	autolink: z.boolean().default(true),
});

/** A term's frontmatter as an editor writes it. */
export type TermInput = z.input<typeof TermSchema>;
/** A term's frontmatter after validation: trimmed, normalised, defaults filled in. */
export type TermData = z.infer<typeof TermSchema>;
