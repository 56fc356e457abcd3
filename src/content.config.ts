import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { contentPaths } from './load/paths.ts';
import { termLoader } from './load/term-loader.ts';
import { CategorySchema } from './schemas/category.ts';
import { StoredTermSchema } from './schemas/stored-term.ts';

const paths = contentPaths();

export const collections = {
	terms: defineCollection({
		loader: termLoader(paths),
		schema: StoredTermSchema,
	}),
	categories: defineCollection({
		loader: file(paths.categories),
		schema: CategorySchema,
	}),
};
