import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapLimited } from '../load/files.ts';
import type { BodyMode, BodySettings, BodyTask, RenderedBody } from './body-render.ts';

/**
 * The files whose code decides what a body renders to. A change to any of them (or to the
 * installed packages) makes every cached body stale, so they are part of every key.
 */
const PIPELINE_FILES = [
	'body-render.ts',
	'markdown.ts',
	'remark-term-links.ts',
	'rehype-base-links.ts',
	'sanitize.ts',
	'../link/term-links.ts',
	'../../package-lock.json',
].map((path) => new URL(path, import.meta.url));

/**
 * Processed bodies, one file each, named by a key over everything the result depends on: the
 * body, its slug and `autolink`, every term's names (a new name can add a link anywhere), the
 * base path and the pipeline's own code. A hit is exactly what processing would give, so warm
 * and cold builds write the same pages. The pages read a rendered body's HTML from its file
 * (`readRenderedBody`), which keeps the HTML of the whole glossary out of Astro's data store.
 * Files that a run of the whole glossary did not use are removed when it ends.
 */
/** Bodies this process has read or processed, by cache file: a check repeated on every edit reads none of them again. */
const remembered = new Map<string, RenderedBody>();

export class BodyCache {
	readonly folder: string;
	private readonly scope: string;
	private readonly used = new Set<string>();

	private constructor(folder: string, scope: string) {
		this.folder = folder;
		this.scope = scope;
	}

	static async open(cacheFolder: string, mode: BodyMode, settings: BodySettings): Promise<BodyCache> {
		const folder = join(cacheFolder, `bodies-${mode}`);
		await mkdir(folder, { recursive: true });
		const scope = createHash('sha256').update(JSON.stringify([await pipelineDigest(), mode, settings.base, settings.targets])).digest('hex');
		return new BodyCache(folder, scope);
	}

	/** The file a task's result is kept in. */
	fileOf(task: BodyTask): string {
		const key = createHash('sha256').update(this.scope).update(JSON.stringify([task.slug, task.autolink, task.body])).digest('base64url');
		return join(this.folder, `${key}.json`);
	}

	/** The cached result of each task, or `undefined` where the body must be processed. Hits are kept at the next prune. */
	async lookUp(tasks: readonly BodyTask[]): Promise<(RenderedBody | undefined)[]> {
		return mapLimited(tasks, async (task) => {
			const file = this.fileOf(task);
			const hit = remembered.get(file) ?? (await readRenderedBody(file).catch(() => undefined));
			if (hit) {
				this.used.add(file);
				remembered.set(file, hit);
			}
			return hit;
		});
	}

	/** Keeps results, each written whole through a temporary file: a crash never leaves half a body. */
	async store(entries: readonly [BodyTask, RenderedBody][]): Promise<void> {
		await mapLimited(entries, async ([task, result]) => {
			const file = this.fileOf(task);
			const temporary = `${file}.${process.pid}.tmp`;
			await writeFile(temporary, JSON.stringify(result));
			await rename(temporary, file);
			this.used.add(file);
			remembered.set(file, result);
		});
	}

	/** Removes the files of bodies that no longer exist or changed; call after a run over the whole glossary. */
	async prune(): Promise<void> {
		const stale = (await readdir(this.folder)).map((name) => join(this.folder, name)).filter((file) => !this.used.has(file));
		for (const file of stale) remembered.delete(file);
		await mapLimited(stale, (file) => rm(file, { force: true }));
	}
}

/** A processed body from its cache file. */
export async function readRenderedBody(file: string): Promise<RenderedBody> {
	return JSON.parse(await readFile(file, 'utf8')) as RenderedBody;
}

/**
 * The same, read synchronously: for a page reading its own small body, four asynchronous
 * file operations through Node's thread pool cost more than the read itself.
 */
export function readRenderedBodySync(file: string): RenderedBody {
	return JSON.parse(readFileSync(file, 'utf8')) as RenderedBody;
}

let pipeline: Promise<string> | undefined;

function pipelineDigest(): Promise<string> {
	pipeline ??= Promise.all(PIPELINE_FILES.map((url) => readFile(url).catch(() => Buffer.alloc(0)))).then((contents) => {
		const hash = createHash('sha256');
		for (const content of contents) hash.update(content);
		return hash.digest('hex');
	});
	return pipeline;
}
