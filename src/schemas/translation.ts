import { z } from 'zod';
import { SlugSchema } from './fields.ts';
import { CategorySchema } from './category.ts';
import { TermSchema } from './term.ts';

/**
 * The frontmatter of a translation, `content/<lang>/terms/<slug>.md`: the same fields as a term
 * (`TermSchema`), written in that language. Its file name is the slug of the default-language
 * term it translates. `category` and `related` are taken from that term unless given here.
 */
export const TranslationSchema = TermSchema.extend({
	/** An id from `content/categories.yml`, e.g. `foundations`. Default: the source term's category. */
	category: z.string().trim().optional(),
	/** Slugs of other terms worth reading next, e.g. `[fine-tuning]`; each must exist. Default: the source term's. */
	related: z.array(SlugSchema).optional(),
});

/**
 * `content/<lang>/categories.yml`: category id (from `content/categories.yml`) → its name and
 * description in that language. Either may be left out, and so may whole categories: the
 * default language's text is shown instead.
 */
export const CategoryTranslationsSchema = z.record(z.string(), CategorySchema.partial());

export type TranslationData = z.infer<typeof TranslationSchema>;
export type CategoryTranslations = z.infer<typeof CategoryTranslationsSchema>;
