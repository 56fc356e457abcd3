import { defaultThreads, runInWorkers } from '../load/worker-pool.ts';
import type { WorkerInput } from './body-worker.ts';
import type { BodyMode, BodySettings, BodyTask, RenderedBody } from './body-render.ts';

/** Bodies per message: enough to make messaging cheap, few enough to keep every worker busy to the end. */
const BATCH_SIZE = 32;
/** Below this many bodies, starting workers costs more than it saves. */
const MIN_PARALLEL_TASKS = 64;
export interface PoolOptions {
	/** Worker threads to use; default: one per core. 1 renders on the calling thread. */
	threads?: number;
	/** Called with each batch of results as it comes, in no particular order: they can be kept while the rest render. */
	onResults?: ((tasks: readonly BodyTask[], results: readonly RenderedBody[]) => void) | undefined;
}

/**
 * Renders many bodies on every core: the remark/rehype pipeline is pure CPU work, and Astro's
 * own loader runs it on one thread. Results come back in the order of `tasks`, identical to
 * rendering them one by one (tests compare the two).
 */
export async function renderBodies(tasks: readonly BodyTask[], settings: BodySettings, mode: BodyMode, options: PoolOptions = {}): Promise<RenderedBody[]> {
	const threads = Math.min(options.threads ?? defaultThreads(), Math.ceil(tasks.length / BATCH_SIZE));
	if (threads <= 1 || tasks.length < MIN_PARALLEL_TASKS) {
		// Loaded only here: a large glossary's bodies are processed by the workers, and the
		// pipeline's modules took its main thread 0.1 s to load for nothing.
		const { createBodyRenderer } = await import('./body-render.ts');
		const render = await createBodyRenderer(settings, mode);
		const results: RenderedBody[] = [];
		for (const task of tasks) results.push(await render(task));
		options.onResults?.(tasks, results);
		return results;
	}
	const workerData: WorkerInput = { settings, mode };
	return runInWorkers<BodyTask, RenderedBody>(tasks, {
		script: new URL('./body-worker.ts', import.meta.url),
		workerData,
		threads,
		batchSize: BATCH_SIZE,
		doing: 'Rendering a body',
		onBatch: (first, results) => options.onResults?.(tasks.slice(first, first + results.length), results),
	});
}
