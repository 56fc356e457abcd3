/**
 * How the search index is split into parts. Pagefind holds a whole index in memory while it
 * writes it (about 0.17 MB per term page: 1.7 GB for 10,000), so a large glossary's index is
 * written in parts of at most `PAGES_PER_PART` pages, each by its own Pagefind process, and the
 * browser merges them (`mergeIndex`). A page's part depends on its address alone, so editing a
 * term changes one part, and the others are reused from the last build.
 */

/**
 * Term pages per part. Each part costs the browser a little more per query (every part has its
 * own chunk of the index for each word looked up), so parts are as large as memory allows.
 */
export const PAGES_PER_PART = 5000;

/** The list of the parts beyond the first, read by the browser; relative to the site's base. */
export const PARTS_FILE = 'pagefind/parts.json';

/** How many parts an index of `pages` term pages is written in, at most `perPart` pages each. */
export function partCount(pages: number, perPart = PAGES_PER_PART): number {
	return Math.max(1, Math.ceil(pages / perPart));
}

/** FNV-1a, 32 bits: a fast, stable hash of a short string, the same in every run and on every machine. */
export function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
	return hash >>> 0;
}

/** The part a page belongs to: a hash of its path, so that it stays put as pages come and go. */
export function partOf(path: string, parts: number): number {
	return fnv1a(path) % parts;
}

/**
 * Where a part is written, relative to the output folder: the first where Pagefind's script
 * expects its index, the others inside it (`pagefind/part-1/`).
 */
export const partFolder = (part: number) => (part === 0 ? 'pagefind/' : `pagefind/part-${part}/`);
