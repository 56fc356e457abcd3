import { z } from 'zod';
import { PlainTextSchema, SingleLineTextSchema, SLUG_PATTERN } from './fields.ts';

/** One category, keyed by its id in `content/categories.yml`. */
export const CategorySchema = z.strictObject({
	/** The name shown in navigation and breadcrumbs, e.g. "Foundations". Required. */
	name: SingleLineTextSchema,
	/** One or two sentences shown on the category page. Required. */
	description: PlainTextSchema,
});

/**
 * The whole of `content/categories.yml`: category id → category.
 * Ids appear in URLs (`/categories/<id>/`), so they follow the slug rules, e.g. `foundations`.
 */
export const CategoriesSchema = z.record(
	z.string().regex(SLUG_PATTERN, {
		error: 'is not a valid category id — use lowercase a-z, 0-9 and single hyphens, e.g. "data-and-retrieval"',
	}),
	CategorySchema,
);

/** A category as the content store keeps it: id `<id>` in the default language, `<lang>/<id>` in another. */
export const StoredCategorySchema = CategorySchema.extend({
	/** The category's id, e.g. `foundations`: the same in every language. */
	id: z.string(),
	/** The language of `name` and `description`, e.g. `es`; untranslated fields are the default language's. */
	lang: z.string(),
});

export type StoredCategory = z.infer<typeof StoredCategorySchema>;
export type Category = z.infer<typeof CategorySchema>;
export type Categories = z.infer<typeof CategoriesSchema>;
