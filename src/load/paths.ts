import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';

/**
 * The folder holding `terms/`, `categories.yml` and `site.yml`.
 * `GLOSSARY_CONTENT` points the whole pipeline (validate, build, tests) at another glossary.
 */
export function contentRoot(): string {
	return resolve(process.env['GLOSSARY_CONTENT'] ?? 'content');
}

export interface ContentPaths {
	root: string;
	terms: string;
	categories: string;
	site: string;
}

export function contentPaths(root = contentRoot()): ContentPaths {
	return {
		root,
		terms: resolve(root, 'terms'),
		categories: resolve(root, 'categories.yml'),
		site: resolve(root, 'site.yml'),
	};
}

/** A path as shown in messages: relative to the working directory, with forward slashes. */
export function displayPath(path: string): string {
	return relative(process.cwd(), path).split('\\').join('/') || path;
}

/**
 * Where everything reused between builds of one glossary lives: Astro's own cache (its data
 * store, the incremental-build manifest) and the rendered bodies. One folder per content root,
 * so two glossaries built from one checkout never share; removing it makes the next build cold.
 */
export function cacheFolder(root = contentRoot()): string {
	return resolve('node_modules/.astro', createHash('sha256').update(root).digest('hex').slice(0, 16));
}
