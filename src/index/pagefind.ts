import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuiltPages } from './built-pages.ts';
import { termPageOf, writeSearchIndex, type IndexOptions, type TermPage } from './write-index.ts';

/**
 * Builds the search index from the finished pages, inside `astro build`: no separate command
 * to remember, and an indexing error fails the build. Only term pages carry
 * `data-pagefind-body`, so the home page, alias redirects and the 404 page stay out.
 *
 * The pages are read from disk once all are written, rather than handed to Pagefind one by one
 * as Astro renders them: Pagefind indexes a folder several times faster than the same pages
 * sent to it singly (measured: 9 s against 35 s for 10,000 term pages), and a folder gives the
 * same index however the pages got there (rendered, or reused by an incremental build). A large
 * glossary's index is written in parts, side by side, and unchanged parts are reused (see parts.ts).
 * Writing each part from its folder as soon as its pages were written (term pages generated part
 * by part) gained nothing on two cores: Astro keeps the second core busier than it looks (writing
 * pages, collecting garbage: 130–140 % of 200 % in use), and Pagefind, even at the lowest CPU
 * priority, slowed the pages by as much as it shortened the wait after them.
 *
 * A one-language site's index is in its `locale` (`language`); a site with several languages
 * (`language` left out) gets an index per language at each language's home (`/es/pagefind/`),
 * in the language of its pages' `<html lang>`; Chinese and Japanese pages are cut into words by
 * Pagefind's own segmenter.
 */
export function pagefindIndex(options: IndexOptions, builtPages = new BuiltPages()): AstroIntegration {
	let cache = '';
	let termPages: TermPage[] = [];
	builtPages.onEachBuild(() => {
		termPages = [];
		return (path, html) => {
			const page = termPageOf(path, html);
			if (page) termPages.push(page);
		};
	});
	return {
		name: 'glossary-pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				cache = join(fileURLToPath(config.cacheDir), 'search-index');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const language = options.language ? (options.language.split('-')[0] ?? 'en') : undefined;
				const root = fileURLToPath(dir);
				// Astro's process is at its largest here: the pages' garbage, then the index's worker
				// threads and the read of every page. Collected first, that garbage makes room for
				// them (10,000 terms: the build's largest process 920-977 MB, against 985-1,040
				// without). Astro's process has `gc` (see `astroNodeOptions`).
				(globalThis as { gc?: () => void }).gc?.();
				await builtPages.read(root);
				const { pages, parts, reused } = await writeSearchIndex(root, termPages, cache, { ...options, language });
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				const split = parts > 1 ? ` in ${parts} parts (${reused} unchanged since the last build)` : reused > 0 ? ' (unchanged since the last build)' : '';
				logger.info(`Search index written: ${pages} term pages${split}, in ${seconds} s after the last page.`);
			},
		},
	};
}
