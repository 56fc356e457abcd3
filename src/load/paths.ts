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
