import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BatchRequest, BatchResponse, WorkerInput } from './body-worker.ts';
import { createBodyRenderer, type BodyMode, type BodySettings, type BodyTask, type RenderedBody } from './body-render.ts';

/** Bodies per message: enough to make messaging cheap, few enough to keep every worker busy to the end. */
const BATCH_SIZE = 32;
/** Below this many bodies, starting workers costs more than it saves. */
const MIN_PARALLEL_TASKS = 64;
/**
 * A worker's heap: what it keeps (the pipeline, and the glossary's names, which grow with the
 * glossary) with room to spare. The rest is garbage from finished bodies, which V8 would
 * otherwise let grow into gigabytes before collecting it; too tight a bound, though, and a
 * large glossary's worker spends its time collecting.
 */
const workerHeapMb = (names: number) => 192 + Math.ceil(names / 1000) * 8;
// (With translations, each language's names count: a worker links bodies of every language.)
/**
 * The young generation, where a body's short-lived objects live and die. V8 sizes it from the
 * heap bound otherwise, and at 50,000 terms the size it chose made each worker render at half
 * speed (10,000 bodies: 15.7 s against 9.2 s, as fast from 16 to 48 MB). At 10,000 terms 32 MB
 * is as fast as V8's own choice, and 16 MB slower (a cold validate: 23–34 s against 19 s).
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
	const workers = Array.from({ length: threads }, () => new Worker(new URL('./body-worker.ts', import.meta.url), { workerData, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: workerHeapMb(settings.targets.length * (1 + Object.keys(settings.translations ?? {}).length)) } }));
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
