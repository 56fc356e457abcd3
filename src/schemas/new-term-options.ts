import { z } from 'zod';
import { SingleLineTextSchema, SlugSchema } from './fields.ts';

/** Options of `npm run new -- "Term name" [--category id] [--alias X ...] [--slug file-name]`. */
export const NewTermOptionsSchema = z
	.strictObject({
		/** The term's name as readers know it, e.g. "Vector database"; becomes the title. Required. */
		positionals: z
			.array(SingleLineTextSchema, { error: 'is missing — write it in quotes: npm run new -- "Term name"' })
			.min(1, { error: 'is missing — write it in quotes: npm run new -- "Term name"' })
			.max(1, { error: 'must be one argument — put the name in quotes: npm run new -- "Term name"' }),
		/** A category id from content/categories.yml, e.g. `data`. Default: left for the editor to fill in. */
		category: z.string({ error: 'needs a value — e.g. --category data' }).optional(),
		/** An alias; repeat for more, e.g. `--alias RAG --alias "Retrieval augmentation"`. Default: none. */
		alias: z
			.union([SingleLineTextSchema, z.array(SingleLineTextSchema)], { error: 'needs a value — e.g. --alias LLM' })
			.transform((value) => [value].flat())
			.default([]),
		/** The file name without `.md`, for names that give no usable one, e.g. `kikai-gakushu`. Default: from the name. */
		slug: SlugSchema.optional(),
	})
	.transform(({ positionals, ...options }) => ({ ...options, name: positionals[0]! }));

export type NewTermOptions = z.infer<typeof NewTermOptionsSchema>;
