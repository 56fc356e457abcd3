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
 * Writes one part of the search index (see parts.ts). It runs in a worker thread: each worker
 * loads its own copy of Pagefind's module, and so starts its own Pagefind process, which lets
 * the parts be written side by side on every core, each process holding one part in memory.
 */
async function writePart({ root, glob, output, language }: PartInput): Promise<PartResult> {
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
