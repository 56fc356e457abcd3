import { defaultThreads, runInWorkers } from '../load/worker-pool.ts';
import type { WorkerInput } from './body-worker.ts';
import { createBodyRenderer, type BodyMode, type BodySettings, type BodyTask, type RenderedBody } from './body-render.ts';

/** Bodies per message: enough to make messaging cheap, few enough to keep every worker busy to the end. */
const BATCH_SIZE = 32;
/** Below this many bodies, starting workers costs more than it saves. */
const MIN_PARALLEL_TASKS = 64;
/**
 * The young generation, where a body's short-lived objects live and die: 32 MB renders as fast
 * as any size from 16 to 64 MB, and keeps each worker's memory lowest (V8's own choice adds
 * 40–80 MB per worker for no gain). The old generation keeps V8's own bound on purpose: below
 * about 2 GB V8 lets a heap grow by at most 1.3 to 2 times its live size between full
 * collections (4 times above it), and a worker's live heap is small, so the few megabytes each
 * body leaves behind filled it again every few bodies. A bound scaled to the glossary
 * (192 MB + 8 MB per 1,000 names, as it was) made a worker of a three-language glossary spend
 * a quarter of its time in full collections: 340 of them per worker, and 30,000 bodies took
 * 43–57 s to render instead of 24–27 s (10,000 of one language: 9–10 s either way).
 */
const WORKER_YOUNG_GENERATION_MB = 32;

export interface PoolOptions {
	/** Worker threads to use; default: one per core. 1 renders on the calling thread. */
	threads?: number;
}

/**
 * Renders many bodies on every core: the remark/rehype pipeline is pure CPU work, and Astro's
 * own loader runs it on one thread. Results come back in the order of `tasks`, identical to
 * rendering them one by one (tests compare the two).
 */
export async function renderBodies(tasks: readonly BodyTask[], settings: BodySettings, mode: BodyMode, options: PoolOptions = {}): Promise<RenderedBody[]> {
	const threads = Math.min(options.threads ?? defaultThreads(), Math.ceil(tasks.length / BATCH_SIZE));
	if (threads <= 1 || tasks.length < MIN_PARALLEL_TASKS) {
		const render = await createBodyRenderer(settings, mode);
		const results: RenderedBody[] = [];
		for (const task of tasks) results.push(await render(task));
		return results;
	}
	const workerData: WorkerInput = { settings, mode };
	return runInWorkers<BodyTask, RenderedBody>(tasks, {
		script: new URL('./body-worker.ts', import.meta.url),
		workerData,
		threads,
		batchSize: BATCH_SIZE,
		resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
		doing: 'Rendering a body',
	});
}
