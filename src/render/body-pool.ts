import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BatchRequest, BatchResponse, WorkerInput } from './body-worker.ts';
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

/** The number of threads a pool uses by default: every core, which `GLOSSARY_THREADS` can lower. */
export function defaultThreads(): number {
	const wanted = Number(process.env['GLOSSARY_THREADS']);
	return Number.isInteger(wanted) && wanted > 0 ? wanted : os.availableParallelism();
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
	const batches: BodyTask[][] = [];
	for (let start = 0; start < tasks.length; start += BATCH_SIZE) batches.push(tasks.slice(start, start + BATCH_SIZE));
	const results: RenderedBody[][] = new Array(batches.length);
	const workerData: WorkerInput = { settings, mode };
	const workers = Array.from({ length: threads }, () => new Worker(new URL('./body-worker.ts', import.meta.url), { workerData, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } }));
	let next = 0;
	try {
		await Promise.all(
			workers.map(
				(worker) =>
					new Promise<void>((resolve, reject) => {
						const send = () => {
							if (next >= batches.length) return resolve();
							const batch = next++;
							worker.postMessage({ batch, tasks: batches[batch]! } satisfies BatchRequest);
						};
						worker.on('message', (response: BatchResponse) => {
							if ('error' in response) return reject(new Error(`Rendering a body failed: ${response.error}`));
							results[response.batch] = response.results;
							send();
						});
						worker.on('error', reject);
						worker.on('exit', (code) => code !== 0 && reject(new Error(`A render worker stopped with exit code ${code}`)));
						send();
					}),
			),
		);
	} finally {
		await Promise.all(workers.map((worker) => worker.terminate()));
	}
	return results.flat();
}
