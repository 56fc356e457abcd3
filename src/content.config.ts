import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { contentPaths } from './load/paths.ts';
import { termLoader } from './load/term-loader.ts';
import { CategorySchema } from './schemas/category.ts';
import { TermSchema } from './schemas/term.ts';

const paths = contentPaths();

export const collections = {
	terms: defineCollection({
		loader: termLoader(paths.terms),
		schema: TermSchema,
	}),
	categories: defineCollection({
		loader: file(paths.categories),
		schema: CategorySchema,
	}),
};
