import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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

const FORMAT_VERSION = 1;

interface CacheFile {
	version: number;
	entries: Record<string, RenderedBody>;
}

/**
 * Rendered bodies from earlier runs, by a key over everything a render depends on: the body,
 * its slug and `autolink`, every term's names (a new name can add a link anywhere), the base
 * path and the pipeline's own code. A hit is exactly what rendering would give, so warm and
 * cold builds write the same pages. Entries not used by a run are dropped when it saves.
 */
export class BodyCache {
	private readonly used = new Map<string, RenderedBody>();
	private changed = false;
	private readonly file: string;
	private readonly previous: Record<string, RenderedBody>;
	private readonly scope: string;

	private constructor(file: string, previous: Record<string, RenderedBody>, scope: string) {
		this.file = file;
		this.previous = previous;
		this.scope = scope;
	}

	static async open(folder: string, mode: BodyMode, settings: BodySettings): Promise<BodyCache> {
		const file = join(folder, `bodies-${mode}.json`);
		const [previous, pipeline] = await Promise.all([readEntries(file), pipelineDigest()]);
		const scope = createHash('sha256').update(JSON.stringify([pipeline, mode, settings.base, settings.targets])).digest('hex');
		return new BodyCache(file, previous, scope);
	}

	private key(task: BodyTask): string {
		return createHash('sha256').update(this.scope).update(JSON.stringify([task.slug, task.autolink, task.body])).digest('base64url');
	}

	/** The cached result for each task, or `undefined` where the body must be rendered. */
	lookUp(tasks: readonly BodyTask[]): (RenderedBody | undefined)[] {
		return tasks.map((task) => {
			const key = this.key(task);
			const hit = this.previous[key];
			if (hit) this.used.set(key, hit);
			return hit;
		});
	}

	store(task: BodyTask, result: RenderedBody): void {
		this.used.set(this.key(task), result);
		this.changed = true;
	}

	/** Writes the entries this run used; written whole through a temporary file, so a crash never leaves half a cache. */
	async save(): Promise<void> {
		if (!this.changed && this.used.size === Object.keys(this.previous).length) return;
		const data: CacheFile = { version: FORMAT_VERSION, entries: Object.fromEntries(this.used) };
		await mkdir(dirname(this.file), { recursive: true });
		const temporary = `${this.file}.${process.pid}.tmp`;
		await writeFile(temporary, JSON.stringify(data));
		await rename(temporary, this.file);
	}
}

async function readEntries(file: string): Promise<Record<string, RenderedBody>> {
	try {
		const data = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
		return data.version === FORMAT_VERSION ? data.entries : {};
	} catch {
		return {}; // no cache yet, or an unreadable one: render afresh
	}
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
