/** Sizes of a built site: what a host stores and what a reader downloads. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

export interface SiteStats {
	htmlPages: number;
	totalBytes: number;
	homeBytes: number | undefined;
	termMedianBytes: number | undefined;
	termMaxBytes: number | undefined;
	/** Every language's search index (`pagefind/`, `es/pagefind/`); `undefined` when the site has none (yet). */
	pagefindBytes: number | undefined;
}

interface FileSize {
	path: string;
	bytes: number;
}

function filesUnder(root: string): FileSize[] {
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			return { path, bytes: statSync(path).size };
		});
}

const sum = (files: readonly FileSize[]) => files.reduce((total, file) => total + file.bytes, 0);

function median(values: readonly number[]): number | undefined {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	if (sorted.length === 0) return undefined;
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const sizeOf = (path: string) => (existsSync(path) ? statSync(path).size : undefined);

/** Term pages are found by slug, so alias redirect pages (also `<slug>/index.html`) are not counted. */
export function siteStats(dist: string, termSlugs: readonly string[]): SiteStats {
	const files = filesUnder(dist);
	const termSizes = termSlugs.flatMap((slug) => sizeOf(join(dist, slug, 'index.html')) ?? []);
	const index = files.filter((file) => file.path.slice(dist.length).split(sep).includes('pagefind'));
	return {
		htmlPages: files.filter((file) => file.path.endsWith('.html')).length,
		totalBytes: sum(files),
		homeBytes: sizeOf(join(dist, 'index.html')),
		termMedianBytes: median(termSizes),
		termMaxBytes: termSizes.length > 0 ? Math.max(...termSizes) : undefined,
		pagefindBytes: index.length > 0 ? sum(index) : undefined,
	};
}
