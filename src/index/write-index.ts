import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { digestOfFiles, mapLimited } from '../load/files.ts';
import type { PartInput, PartResult } from './pagefind-part.ts';
import { partCount, partFolder, partOf, PARTS_FILE } from './parts.ts';

/** Pagefind's ready-made search UIs; the site has its own, so these would only take up space. */
const UNUSED_BUNDLES = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;
/** What the browser reads of a part beyond the first: the first part brings the script and the WebAssembly. */
const MERGED_PART_FILES = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

const PART_SCRIPT = new URL('./pagefind-part.ts', import.meta.url);

export interface IndexSummary {
	/** Term pages in the index. */
	pages: number;
	parts: number;
	/** Parts whose pages had not changed since the last build, taken from the cache. */
	reused: number;
}

/** A page Pagefind indexes (a term page: it has `data-pagefind-body`), with a digest of its HTML. */
export interface TermPage {
	/** Relative to the site's folder, e.g. `llm/index.html`. */
	path: string;
	digest: string;
}

/** A built page as the index sees it: a term page, or nothing to index. */
export function termPageOf(path: string, html: Buffer): TermPage | undefined {
	return html.includes('data-pagefind-body') ? { path, digest: createHash('sha256').update(html).digest('hex') } : undefined;
}

/**
 * Hard links where the file system allows them (instant, no space), copies elsewhere. One at a
 * time, synchronously: the 10,000 files of a 10,000-term index in 0.12-0.15 s, against
 * 0.2-0.36 s with promises.
 */
function linkFiles(from: string, to: string, files: readonly string[]): void {
	const folders = new Set(files.map((file) => dirname(join(to, file))));
	for (const folder of folders) mkdirSync(folder, { recursive: true });
	for (const file of files) {
		try {
			linkSync(join(from, file), join(to, file));
		} catch {
			copyFileSync(join(from, file), join(to, file));
		}
	}
}

async function filesUnder(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1));
}

function runPart(input: PartInput): Promise<PartResult> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(PART_SCRIPT, { workerData: input });
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`The search index worker stopped with exit code ${code}`)));
	});
}

/** Pagefind's own code, and ours that calls it: a new version of either writes parts anew. Its package does not export package.json: found from its entry point. */
const WRITER_FILES = [PART_SCRIPT, new URL('../package.json', import.meta.resolve('pagefind'))];

/** What makes a part's output what it is: how parts are written (`writer`: the code and the language asked of Pagefind), which part it is (`es/1` of 2), and its pages. */
function partKey(writer: string, pages: readonly TermPage[], part: string, parts: number): string {
	const hash = createHash('sha256').update(`${writer}\n${part}/${parts}\n`);
	for (const page of pages) hash.update(`${page.path}\n${page.digest}\n`);
	return hash.digest('hex').slice(0, 32);
}

/**
 * A glob naming exactly these pages, for Pagefind to index them where they are rather than from
 * a folder of links to them (making and removing one took a rebuild about 1 s). A term page's
 * path is made of a language code and a slug (`SLUG_PATTERN`): nothing in it to escape.
 */
const globOf = (pages: readonly TermPage[]) => `{${pages.map((page) => page.path.split(sep).join('/')).join(',')}}`;

/** Writes one part into the cache, unless an identical one is there already. Returns whether it was reused. */
async function preparePart(root: string, cache: string, key: string, pages: readonly TermPage[], part: number, language: string | undefined): Promise<boolean> {
	const ready = join(cache, key);
	if (existsSync(join(ready, 'pagefind-entry.json'))) return true;
	const output = join(cache, `${key}.partial`);
	await rm(output, { recursive: true, force: true });
	try {
		const result = await runPart({ root, glob: globOf(pages), output, language });
		if (result.errors.length > 0) throw new Error(`Pagefind could not index the pages:\n  ${result.errors.join('\n  ')}`);
		for (const name of await readdir(output)) {
			if (part === 0 ? UNUSED_BUNDLES.test(name) : !MERGED_PART_FILES.test(name)) await rm(join(output, name), { recursive: true });
		}
		await rename(output, ready);
	} finally {
		await rm(output, { recursive: true, force: true });
	}
	return false;
}

/** A set of parts the browser merges: one per language, at the language's home (`pagefind/`, `es/pagefind/`). */
interface Bundle {
	/** Where the language's pages are, relative to the site: `` or `es/`. */
	home: string;
	pages: TermPage[];
}

/** The pages by language: a translation's pages are under its code (`es/…`), the default language's everywhere else. */
function bundlesOf(pages: readonly TermPage[], translations: readonly string[]): Bundle[] {
	const bundles = new Map<string, TermPage[]>();
	for (const page of pages) {
		const first = page.path.split(/[\\/]/)[0]!;
		const home = translations.includes(first) ? `${first}/` : '';
		if (!bundles.has(home)) bundles.set(home, []);
		bundles.get(home)!.push(page);
	}
	return [...bundles].map(([home, bundlePages]) => ({ home, pages: bundlePages }));
}

export interface IndexOptions {
	/** Pagefind's language for every page, e.g. `en`; without it, each page's `<html lang>`. */
	language?: string | undefined;
	/**
	 * The codes of the site's other languages, whose pages are under `/<code>/`: each language's
	 * index is written apart, at its home (`/es/pagefind/`), so that a search loads its own
	 * language's parts only, and so that Japanese or Chinese segmenting (a dictionary each
	 * Pagefind process loads) runs only in the processes that index those pages.
	 */
	translations?: readonly string[] | undefined;
}

/**
 * Builds the search index of the site in `root` from its term pages (see parts.ts): each part is written by its own
 * Pagefind process, as many at once as there are cores, into `cache`; a part whose pages are
 * unchanged since the last build is taken from there as it is. Parts no longer used are removed.
 */
export async function writeSearchIndex(root: string, termPages: readonly TermPage[], cache: string, options: IndexOptions = {}): Promise<IndexSummary> {
	const { language, translations = [] } = options;
	// In the order of their paths, so that a part's key does not depend on the order they were read in.
	const pages = termPages.toSorted((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	if (pages.length === 0) throw new Error('Pagefind found no pages to index (no data-pagefind-body).');
	// Tests split a small glossary's index with `GLOSSARY_SEARCH_PART_PAGES`, as a large one's is.
	const perPart = Number(process.env['GLOSSARY_SEARCH_PART_PAGES']) || undefined;
	const writer = `${await digestOfFiles(WRITER_FILES)}\n${language ?? '<html lang>'}`;
	const work = bundlesOf(pages, translations).flatMap(({ home, pages: bundlePages }) => {
		const parts = partCount(bundlePages.length, perPart);
		const byPart = Array.from({ length: parts }, (): TermPage[] => []);
		for (const page of bundlePages) byPart[partOf(page.path, parts)]!.push(page);
		return byPart.map((partPages, part) => ({ home, part, parts, pages: partPages, key: partKey(writer, partPages, `${home}${part}`, parts) }));
	});
	const keys = work.map(({ key }) => key);

	await mkdir(cache, { recursive: true });
	const reused = await mapLimited(work, ({ part, pages: partPages, key }) => preparePart(root, cache, key, partPages, part, language), availableParallelism());
	for (const { home, part, key } of work) {
		const from = join(cache, key);
		linkFiles(from, join(root, home, partFolder(part)), await filesUnder(from));
	}
	for (const { home, parts } of work.filter(({ part }) => part === 0)) {
		const merged = Array.from({ length: parts - 1 }, (_, index) => partFolder(index + 1).slice('pagefind/'.length));
		await writeFile(join(root, home, PARTS_FILE), JSON.stringify(merged));
	}
	for (const name of await readdir(cache)) if (!keys.includes(name)) await rm(join(cache, name), { recursive: true, force: true });
	return { pages: pages.length, parts: work.length, reused: reused.filter(Boolean).length };
}
