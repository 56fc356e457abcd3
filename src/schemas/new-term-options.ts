import { z } from 'zod';
import { SingleLineTextSchema, SlugSchema } from './fields.ts';

const MISSING_NAME = 'is missing — write it in quotes: npm run new -- "Term name"';

/**
 * Options of `npm run new -- "Term name" [--category id] [--alias X ...] [--slug file-name]`, or
 * for a translation `npm run new -- --lang ja --slug pre-training ["Translated name"] [--alias X ...]`.
 */
export const NewTermOptionsSchema = z
	.strictObject({
		/** The term's name as readers know it, e.g. "Vector database"; becomes the title. Required, except for a translation. */
		positionals: z
			.array(SingleLineTextSchema, { error: MISSING_NAME })
			.max(1, { error: 'must be one argument — put the name in quotes: npm run new -- "Term name"' }),
		/** A category id from content/categories.yml, e.g. `data`. Default: left for the editor to fill in. */
		category: z.string({ error: 'needs a value — e.g. --category data' }).optional(),
		/** An alias; repeat for more, e.g. `--alias RAG --alias "Retrieval augmentation"`. Default: none. */
		alias: z
			.union([SingleLineTextSchema, z.array(SingleLineTextSchema)], { error: 'needs a value — e.g. --alias LLM' })
			.transform((value) => [value].flat())
			.default([]),
		/**
		 * The file name without `.md`, for names that give no usable one, e.g. `kikai-gakushu`; with
		 * `--lang`, the term to translate. Default: from the name.
		 */
		slug: SlugSchema.optional(),
		/**
		 * Scaffold a translation into this language (a code from `locales` in site.yml, e.g. `ja`) of
		 * the term named by `--slug`, from that term's text. Default: a new term in the default language.
		 */
		lang: z.string({ error: 'needs a value — e.g. --lang ja' }).optional(),
	})
	.superRefine((options, context) => {
		if (options.lang === undefined && options.positionals.length === 0) context.addIssue({ code: 'custom', path: ['positionals'], message: MISSING_NAME });
		if (options.lang !== undefined && options.slug === undefined) {
			context.addIssue({ code: 'custom', path: ['slug'], message: `is missing — name the term to translate by its file name, e.g. --lang ${options.lang} --slug pre-training` });
		}
	})
	.transform(({ positionals, ...options }) => ({ ...options, name: positionals[0] }));

export type NewTermOptions = z.infer<typeof NewTermOptionsSchema>;
