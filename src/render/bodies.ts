import { openBodyCache } from './body-cache.ts';
import { renderBodies, type PoolOptions } from './body-pool.ts';
import type { BodyMode, BodySettings, BodyTask, RenderedBody } from './body-render.ts';

export interface RenderOptions extends PoolOptions {
	/** A folder to keep processed bodies in between runs; without it every body is processed. */
	cacheFolder?: string | undefined;
}

/** A processed body, and the cache file that holds it (where pages read the HTML from). */
export interface ProcessedBody extends RenderedBody {
	file?: string;
}

/**
 * Processes bodies the cache did not have. A body the last build rendered has had its links
 * checked too, so `check` takes them from the build's cache: `npm run validate` after a build
 * only reads.
 */
async function processMissing(tasks: readonly BodyTask[], settings: BodySettings, mode: BodyMode, options: RenderOptions & { cacheFolder: string }): Promise<RenderedBody[]> {
	if (mode !== 'check' || tasks.length === 0) return renderBodies(tasks, settings, mode, options);
	const built = (await (await openBodyCache(options.cacheFolder, 'render', settings)).lookUp(tasks)).map((hit) => hit && { ...hit, html: '' });
	const reused = tasks.filter((_, index) => built[index]);
	if (reused.length > 0) options.onResults?.(reused, built.filter((hit) => hit !== undefined));
	const checked = await renderBodies(tasks.filter((_, index) => !built[index]), settings, mode, options);
	let next = 0;
	return built.map((hit) => hit ?? checked[next++]!);
}

/**
 * Renders (or, in `check` mode, only links) every body of the glossary, reusing what an
 * earlier run cached and spreading the rest over every core.
 */
export async function processBodies(tasks: readonly BodyTask[], settings: BodySettings, mode: BodyMode, options: RenderOptions = {}): Promise<ProcessedBody[]> {
	const { cacheFolder } = options;
	if (!cacheFolder) return renderBodies(tasks, settings, mode, options);
	const cache = await openBodyCache(cacheFolder, mode, settings);
	const hits = await cache.lookUp(tasks);
	const missing = tasks.filter((_, index) => !hits[index]);
	// Each batch is kept as it comes, while the workers render the next: kept all at the end,
	// 10,000 rendered bodies took the build 0.9 s more.
	const stored: Promise<void>[] = [];
	const onResults = (done: readonly BodyTask[], results: readonly RenderedBody[]) => {
		stored.push(cache.store(done.map((task, index) => [task, results[index]!])));
	};
	const rendered = await processMissing(missing, settings, mode, { ...options, cacheFolder, onResults });
	await Promise.all(stored);
	await cache.prune();
	let next = 0;
	return tasks.map((task, index) => {
		const file = cache.fileOf(task);
		return { ...(hits[index] ?? rendered[next++]!), ...(file ? { file } : {}) };
	});
}
