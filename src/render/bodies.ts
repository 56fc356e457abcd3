import { BodyCache } from './body-cache.ts';
import { renderBodies, type PoolOptions } from './body-pool.ts';
import type { BodyMode, BodySettings, BodyTask, RenderedBody } from './body-render.ts';

export interface RenderOptions extends PoolOptions {
	/** A folder to keep rendered bodies in between runs; without it every body is rendered. */
	cacheFolder?: string | undefined;
}

/**
 * Renders (or, in `check` mode, only links) every body, reusing what an earlier run cached
 * and spreading the rest over every core.
 */
export async function processBodies(tasks: readonly BodyTask[], settings: BodySettings, mode: BodyMode, options: RenderOptions = {}): Promise<RenderedBody[]> {
	const cache = options.cacheFolder ? await BodyCache.open(options.cacheFolder, mode, settings) : undefined;
	const results = cache?.lookUp(tasks) ?? tasks.map(() => undefined);
	const missing = tasks.filter((_, index) => !results[index]);
	const rendered = await renderBodies(missing, settings, mode, options);
	let next = 0;
	const all = results.map((hit, index) => {
		if (hit) return hit;
		const result = rendered[next++]!;
		cache?.store(tasks[index]!, result);
		return result;
	});
	await cache?.save();
	return all;
}
