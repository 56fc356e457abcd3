import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentPaths } from './load/paths.ts';
import { CategorySchema } from './schemas/category.ts';
import { TermSchema } from './schemas/term.ts';

const paths = contentPaths();

export const collections = {
	terms: defineCollection({
		// The file name is the slug: validation has already checked it, so keep it as written.
		loader: glob({ pattern: '*.md', base: paths.terms, generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
		schema: TermSchema,
	}),
	categories: defineCollection({
		loader: file(paths.categories),
		schema: CategorySchema,
	}),
};
