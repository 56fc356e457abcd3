import { z } from 'zod';

/** One published term in `glossary.json`. */
export const ExportedTermSchema = z.strictObject({
	/** The term's id and the last part of its URL, e.g. `fine-tuning`. */
	slug: z.string(),
	/** The term page's absolute URL. */
	url: z.url(),
	/** e.g. "Fine-tuning". */
	title: z.string(),
	/** How the title sounds, e.g. `じぜんがくしゅう` for 事前学習; only where the term gives it. Added in version 1. */
	reading: z.string().optional(),
	/** Other names, e.g. `["LLM"]`; may be empty. */
	aliases: z.array(z.string()),
	/** The one-sentence definition, plain text. */
	summary: z.string(),
	/** The category's id, a key of `categories`. */
	category: z.string(),
	/** Free keywords; may be empty. */
	tags: z.array(z.string()),
	/** Slugs of related terms, each present in `terms`. */
	related: z.array(z.string()),
	/** Date of the last change, `YYYY-MM-DD`, or `null` when unknown. */
	updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
});

/** The glossary in one other language, in `glossary.json`'s `translations`. */
export const ExportedTranslationSchema = z.strictObject({
	/** The glossary's name in that language, e.g. "Glosario GroveAI". */
	name: z.string(),
	/** That language's home page, e.g. `https://glossary.example/es/`. */
	url: z.url(),
	/** The language's code, e.g. `es`. */
	language: z.string(),
	/** Category id → name and description in that language (the default language's where not translated). */
	categories: z.record(z.string(), z.strictObject({ name: z.string(), description: z.string() })),
	/**
	 * The terms translated into that language, in its index order; `slug` is the default-language
	 * term's, `url` the translation's page. A term left out is not translated (yet).
	 */
	terms: z.array(ExportedTermSchema),
});

/**
 * `glossary.json`: every published term, for other programs. A stable format: fields may be
 * added in a minor version, never renamed or removed (see `version`).
 */
export const GlossaryExportSchema = z.strictObject({
	/** The format's version; it changes only when a field is removed or changes meaning. */
	version: z.literal(1),
	/** The glossary's name, e.g. "GroveAI Glossary". */
	name: z.string(),
	/** The glossary's home page. */
	url: z.url(),
	/** The language of the definitions, e.g. `en`. */
	language: z.string(),
	/** Category id → name and description. */
	categories: z.record(z.string(), z.strictObject({ name: z.string(), description: z.string() })),
	/** Terms in index (A–Z) order. */
	terms: z.array(ExportedTermSchema),
	/** The other languages' glossaries, by language code (e.g. `es`); absent when the site has one language. Added in version 1. */
	translations: z.record(z.string(), ExportedTranslationSchema).optional(),
});

export type ExportedTerm = z.infer<typeof ExportedTermSchema>;
export type ExportedTranslation = z.infer<typeof ExportedTranslationSchema>;
export type GlossaryExport = z.infer<typeof GlossaryExportSchema>;
