import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Where a page is in the pack: its first byte and its length. */
type Place = [offset: number, length: number];

/** What `index.json` holds. */
interface PackIndex {
	version: number;
	/** The pack file, in the pack's folder, e.g. `pages-0.pack`: a new name each time the pack is compacted. */
	file: string;
	/** The pack's length: where the next page goes. */
	size: number;
	/** Each page, as Astro names it in its cache (`llm/index.html`), and its place. */
	pages: [page: string, ...Place][];
}

const VERSION = 1;
const INDEX = 'index.json';
const packName = (generation: number) => `pages-${generation}.pack`;

/**
 * Astro's incremental build keeps a copy of every page it renders, to restore pages that did
 * not change into the next build's folder. It keeps them as files, one folder each, mirroring
 * the site. On a disk where making a folder or a file costs 0.1-0.6 ms of kernel time (this
 * machine's), that was half of a cold build's file system work: at 10,000 terms, 26,000 more
 * folders and files. A pack keeps the same copies in one file: each page is appended, and
 * found again by an index written when Astro writes its manifest.
 *
 * Pages are only ever appended, so the index of the last build stays true until the new one
 * replaces it: a build that stops half-way leaves the last build's pages as they were. Once
 * pages no longer used take more room than those in use, the pack is written anew.
 */
export class PagePack {
	#folder: string;
	#file: string;
	#size: number;
	#pages: Map<string, Place>;
	#fd: number | undefined;

	constructor(folder: string) {
		const index = readIndex(folder);
		this.#folder = folder;
		this.#file = index?.file ?? packName(0);
		this.#size = index?.size ?? 0;
		this.#pages = new Map(index?.pages.map(([page, offset, length]) => [page, [offset, length]]));
	}

	#open(): number {
		if (this.#fd === undefined) {
			mkdirSync(this.#folder, { recursive: true });
			const path = join(this.#folder, this.#file);
			this.#fd = openSync(path, existsSync(path) ? 'r+' : 'w+');
		}
		return this.#fd;
	}

	put(page: string, body: Uint8Array): void {
		// At the pack's end, where no page of the last build's index is.
		writeSync(this.#open(), body, 0, body.length, this.#size);
		this.#pages.set(page, [this.#size, body.length]);
		this.#size += body.length;
	}

	/** The page as it was put, or `undefined` when the pack does not have it (whole). */
	get(page: string): Buffer | undefined {
		const place = this.#pages.get(page);
		if (!place) return undefined;
		const [offset, length] = place;
		const body = Buffer.allocUnsafe(length);
		return readSync(this.#open(), body, 0, length, offset) === length ? body : undefined;
	}

	delete(page: string): void {
		this.#pages.delete(page);
	}

	/** Writes the index, compacting the pack first when most of it is pages no longer used. */
	save(): void {
		const inUse = [...this.#pages.values()].reduce((total, [, length]) => total + length, 0);
		if (this.#size > 2 * inUse) this.#compact();
		const index: PackIndex = { version: VERSION, file: this.#file, size: this.#size, pages: [...this.#pages].map(([page, place]) => [page, ...place]) };
		mkdirSync(this.#folder, { recursive: true });
		writeFileSync(join(this.#folder, `${INDEX}.partial`), JSON.stringify(index));
		renameSync(join(this.#folder, `${INDEX}.partial`), join(this.#folder, INDEX));
		this.close();
		for (const file of readdirSync(this.#folder)) {
			if (file.endsWith('.pack') && file !== this.#file) rmSync(join(this.#folder, file), { force: true });
		}
	}

	#compact(): void {
		const file = packName(Number(/\d+/.exec(this.#file)?.[0] ?? 0) + 1);
		const fd = openSync(join(this.#folder, file), 'w');
		const pages = new Map<string, Place>();
		let size = 0;
		for (const page of this.#pages.keys()) {
			const body = this.get(page);
			if (!body) continue;
			writeSync(fd, body, 0, body.length, size);
			pages.set(page, [size, body.length]);
			size += body.length;
		}
		closeSync(fd);
		this.close();
		this.#file = file;
		this.#size = size;
		this.#pages = pages;
	}

	close(): void {
		if (this.#fd !== undefined) closeSync(this.#fd);
		this.#fd = undefined;
	}
}

/** The last saved index, or `undefined` when there is none that can be trusted (unreadable, another version, its pack gone). */
function readIndex(folder: string): PackIndex | undefined {
	try {
		const index = JSON.parse(readFileSync(join(folder, INDEX), 'utf8')) as PackIndex;
		return index.version === VERSION && existsSync(join(folder, index.file)) ? index : undefined;
	} catch {
		return undefined;
	}
}
