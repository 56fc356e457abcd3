import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { digestOfFiles, mapLimited } from '../load/files.ts';
import type { BodyMode, BodySettings, BodyTask, RenderedBody } from './body-render.ts';

/**
 * The files whose code decides what a body renders to. A change to any of them (or to the
 * installed packages) makes every cached body stale, so they are part of every key.
 */
const PIPELINE_FILES = [
	'body-render.ts',
	'markdown.ts',
	'remark-term-links.ts',
	'remark-smartypants.ts',
	'remark-gfm.ts',
	'rehype-base-links.ts',
	'sanitize.ts',
	'../link/term-links.ts',
	'../../package-lock.json',
].map((path) => new URL(path, import.meta.url));

/** Processed bodies kept between runs, by a key over everything the result depends on. */
export interface BodyCache {
	/** The file that holds a task's result, for results read back one at a time (rendered bodies). */
	fileOf(task: BodyTask): string | undefined;
	/** The cached result of each task, or `undefined` where the body must be processed. Hits are kept at the next prune. */
	lookUp(tasks: readonly BodyTask[]): Promise<(RenderedBody | undefined)[]>;
	store(entries: readonly [BodyTask, RenderedBody][]): Promise<void>;
	/** Removes the results that this run did not use; call after a run over the whole glossary. */
	prune(): Promise<void>;
}

/**
 * The cache for `mode`. The key covers the body, its slug, language and `autolink`, every term's names in every language (a
 * new name can add a link anywhere), the base path and the pipeline's own code, so a hit is
 * exactly what processing would give: warm and cold builds write the same pages.
 */
export async function openBodyCache(cacheFolder: string, mode: BodyMode, settings: BodySettings): Promise<BodyCache> {
	const scope = createHash('sha256')
		.update(JSON.stringify([await digestOfFiles(PIPELINE_FILES), mode, settings.base, settings.targets, settings.language, settings.translations]))
		.digest('hex');
	// A task's key is asked for on its look-up, its store and its file: hashed once.
	const keys = new WeakMap<BodyTask, string>();
	const keyOf = (task: BodyTask) => {
		let key = keys.get(task);
		if (key === undefined) {
			key = createHash('sha256')
				.update(scope)
				.update(JSON.stringify(task.lang === undefined ? [task.slug, task.autolink, task.body] : [task.slug, task.autolink, task.body, task.lang]))
				.digest('base64url');
			keys.set(task, key);
		}
		return key;
	};
	return mode === 'render' ? FilePerBody.open(join(cacheFolder, 'bodies-render'), keyOf) : OneFile.open(join(cacheFolder, 'bodies-check.json'), keyOf);
}

/** Bodies to look up on disk from which the cache folder is listed rather than each file tried (about 0.05 ms a failed open). */
const LIST_FOLDER_FROM = 100;

/** Bodies this process has read or rendered, by cache file: a check repeated on every edit reads none of them again. */
const remembered = new Map<string, RenderedBody>();

/**
 * Rendered bodies, one file each: the pages read a body's HTML from its file
 * (`readRenderedBodySync`), which keeps the HTML of the whole glossary out of Astro's data store.
 */
class FilePerBody implements BodyCache {
	private readonly folder: string;
	private readonly keyOf: (task: BodyTask) => string;
	private readonly used = new Set<string>();

	private constructor(folder: string, keyOf: (task: BodyTask) => string) {
		this.folder = folder;
		this.keyOf = keyOf;
	}

	static async open(folder: string, keyOf: (task: BodyTask) => string): Promise<FilePerBody> {
		await mkdir(folder, { recursive: true });
		return new FilePerBody(folder, keyOf);
	}

	fileOf(task: BodyTask): string {
		return join(this.folder, `${this.keyOf(task)}.json`);
	}

	// For many bodies the folder is listed once, so that a body it does not hold (every body, on a
	// cold build) costs no failed open; for a few (an edit in `astro dev`), listing 10,000 files
	// (20-60 ms) would cost more than trying them. Hits are read through promises on purpose:
	// synchronously, a cold 10,000-term validate started its body workers before its main
	// thread's garbage was collected, and its peak grew by 30-60 MB.
	async lookUp(tasks: readonly BodyTask[]): Promise<(RenderedBody | undefined)[]> {
		const unknown = tasks.filter((task) => !remembered.has(this.fileOf(task))).length;
		const held = unknown > LIST_FOLDER_FROM ? new Set(await readdir(this.folder)) : undefined;
		return mapLimited(tasks, async (task) => {
			const file = this.fileOf(task);
			const mayHold = !held || held.has(basename(file));
			const hit = remembered.get(file) ?? (mayHold ? await readRenderedBody(file).catch(() => undefined) : undefined);
			if (hit) {
				this.used.add(file);
				remembered.set(file, hit);
			}
			return hit;
		});
	}

	/**
	 * Each result is written whole through a temporary file: a crash never leaves half a body.
	 * One at a time, synchronously: ten thousand small files take a fraction of the time that
	 * promises, a trip through libuv's thread pool each, take.
	 */
	async store(entries: readonly [BodyTask, RenderedBody][]): Promise<void> {
		for (const [task, result] of entries) {
			const file = this.fileOf(task);
			const temporary = `${file}.${process.pid}.tmp`;
			writeFileSync(temporary, JSON.stringify(result));
			renameSync(temporary, file);
			this.used.add(file);
			remembered.set(file, result);
		}
	}

	async prune(): Promise<void> {
		const stale = (await readdir(this.folder)).map((name) => join(this.folder, name)).filter((file) => !this.used.has(file));
		for (const file of stale) remembered.delete(file);
		await mapLimited(stale, (file) => rm(file, { force: true }));
	}
}

/** Checked bodies (their links, a few hundred bytes each), all in one file: read and written once per run. */
class OneFile implements BodyCache {
	private readonly file: string;
	private readonly keyOf: (task: BodyTask) => string;
	private readonly previous: Record<string, RenderedBody>;
	private readonly used = new Map<string, RenderedBody>();
	private changed = false;

	private constructor(file: string, keyOf: (task: BodyTask) => string, previous: Record<string, RenderedBody>) {
		this.file = file;
		this.keyOf = keyOf;
		this.previous = previous;
	}

	static async open(file: string, keyOf: (task: BodyTask) => string): Promise<OneFile> {
		const previous = await readFile(file, 'utf8')
			.then((text) => JSON.parse(text) as Record<string, RenderedBody>)
			.catch(() => ({})); // no cache yet, or an unreadable one: check afresh
		return new OneFile(file, keyOf, previous);
	}

	fileOf(): undefined {
		return undefined;
	}

	async lookUp(tasks: readonly BodyTask[]): Promise<(RenderedBody | undefined)[]> {
		return tasks.map((task) => {
			const key = this.keyOf(task);
			const hit = this.previous[key];
			if (hit) this.used.set(key, hit);
			return hit;
		});
	}

	async store(entries: readonly [BodyTask, RenderedBody][]): Promise<void> {
		for (const [task, result] of entries) this.used.set(this.keyOf(task), result);
		if (entries.length > 0) this.changed = true;
	}

	async prune(): Promise<void> {
		if (!this.changed && this.used.size === Object.keys(this.previous).length) return;
		await mkdir(dirname(this.file), { recursive: true });
		const temporary = `${this.file}.${process.pid}.tmp`;
		await writeFile(temporary, JSON.stringify(Object.fromEntries(this.used)));
		await rename(temporary, this.file);
	}
}

/** A processed body from its cache file. */
async function readRenderedBody(file: string): Promise<RenderedBody> {
	return JSON.parse(await readFile(file, 'utf8')) as RenderedBody;
}

/**
 * The same, read synchronously: for a page reading its own small body, four asynchronous
 * file operations through Node's thread pool cost more than the read itself.
 */
export function readRenderedBodySync(file: string): RenderedBody {
	return JSON.parse(readFileSync(file, 'utf8')) as RenderedBody;
}

