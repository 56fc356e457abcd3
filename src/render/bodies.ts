import { BodyCache } from './body-cache.ts';
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
 * Renders (or, in `check` mode, only links) every body of the glossary, reusing what an
 * earlier run cached and spreading the rest over every core.
 */
export async function processBodies(tasks: readonly BodyTask[], settings: BodySettings, mode: BodyMode, options: RenderOptions = {}): Promise<ProcessedBody[]> {
	if (!options.cacheFolder) return renderBodies(tasks, settings, mode, options);
	const cache = await BodyCache.open(options.cacheFolder, mode, settings);
	const hits = await cache.lookUp(tasks);
	const missing = tasks.filter((_, index) => !hits[index]);
	const rendered = await renderBodies(missing, settings, mode, options);
	await cache.store(missing.map((task, index) => [task, rendered[index]!]));
	await cache.prune();
	let next = 0;
	return tasks.map((task, index) => ({ ...(hits[index] ?? rendered[next++]!), file: cache.fileOf(task) }));
}
