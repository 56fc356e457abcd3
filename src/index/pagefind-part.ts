import { parentPort, workerData } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';

export interface PartInput {
	/** The site's folder. */
	root: string;
	/** The part's pages in it, as a glob: `{llm/index.html,rag/index.html}`. */
	glob: string;
	/** Where Pagefind writes the part. */
	output: string;
	/** Pagefind's language for every page, e.g. `en`; without it, each page's `<html lang>` (an index per language). */
	language?: string | undefined;
}

export interface PartResult {
	pages: number;
	errors: string[];
}

/**
 * How much of the index goes in one of its files (a chunk: the browser fetches the chunks that
 * hold a query's words), counted as Pagefind counts it: a word's pages and places in them. At
 * Pagefind's default, 20,000, a chunk of a 10,000-term glossary is 10-75 KB, mostly other words
 * than the one looked up; at 1,000, the 24 bench queries fetched a third less (2.5 MB → 1.7 MB)
 * and the first one a tenth less, for 3 KB more of the index's table of chunks per part.
 * Pagefind tests its chunk loading at a size of 4; it reads this from its environment only.
 */
const INDEX_CHUNK_SIZE = 1000;

/**
 * Writes one part of the search index (see parts.ts). It runs in a worker thread: each worker
 * loads its own copy of Pagefind's module, and so starts its own Pagefind process, which lets
 * the parts be written side by side on every core, each process holding one part in memory.
 */
async function writePart({ root, glob, output, language }: PartInput): Promise<PartResult> {
	// This worker's own environment: the Pagefind process it starts inherits it.
	process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_SIZE);
	try {
		const created = await createIndex(language ? { forceLanguage: language } : {});
		if (!created.index) return { pages: 0, errors: created.errors };
		const added = await created.index.addDirectory({ path: root, glob });
		if (added.errors.length > 0) return { pages: 0, errors: added.errors };
		const written = await created.index.writeFiles({ outputPath: output });
		return { pages: added.page_count, errors: written.errors };
	} finally {
		await close();
	}
}

parentPort?.postMessage(await writePart(workerData as PartInput));
