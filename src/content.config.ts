import { defineCollection } from 'astro:content';
import { contentPaths } from './load/paths.ts';
import { categoryLoader } from './load/category-loader.ts';
import { termLoader } from './load/term-loader.ts';
import { StoredCategorySchema } from './schemas/category.ts';
import { StoredTermSchema } from './schemas/stored-term.ts';

const paths = contentPaths();

export const collections = {
	terms: defineCollection({
		loader: termLoader(paths),
		schema: StoredTermSchema,
	}),
	categories: defineCollection({
		loader: categoryLoader(paths),
		schema: StoredCategorySchema,
	}),
};
