import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** What a step learns from one built page: its path relative to the site's folder (`llm/index.html`), and its bytes. */
export type PageVisitor = (path: string, html: Buffer) => void;

/**
 * One read of every HTML page a build wrote, shared by the steps that look at the pages after
 * the build (the search index, the security headers): each reading them on its own read the
 * 13,000 pages of a 10,000-term glossary twice, about a second each time.
 *
 * Each step says, once, what it does with every page (`onEachBuild`); the first step to need
 * the pages starts the read, and the others wait for the same one. Its integration, listed
 * before theirs, starts each build afresh.
 */
export class BuiltPages {
	readonly #steps: (() => PageVisitor)[] = [];
	#reading: { root: string; done: Promise<void> } | undefined;

	/** `start` is called as each build's pages are about to be read, and returns what to do with each page. */
	onEachBuild(start: () => PageVisitor): void {
		this.#steps.push(start);
	}

	/** Reads every page under `root` (Pagefind's own folders aside) once per build, handing each to every step. */
	read(root: string): Promise<void> {
		if (this.#reading?.root !== root) this.#reading = { root, done: this.#readAll(root) };
		return this.#reading.done;
	}

	async #readAll(root: string): Promise<void> {
		const visitors = this.#steps.map((start) => start());
		const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind')).sort();
		// One page at a time, synchronously: 13,000 pages read and hashed in 0.6-0.7 s so, against
		// 1.0-1.1 s with promises, 64 at a time (each read a trip through libuv's thread pool).
		for (const path of pages) {
			const html = readFileSync(join(root, path));
			for (const visit of visitors) visit(path, html);
		}
	}

	/** Forgets the last build's read when a build starts. */
	integration(): AstroIntegration {
		return {
			name: 'glossary-built-pages',
			hooks: {
				'astro:build:start': () => {
					this.#reading = undefined;
				},
			},
		};
	}
}
