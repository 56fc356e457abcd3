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

export type Category = z.infer<typeof CategorySchema>;
export type Categories = z.infer<typeof CategoriesSchema>;
