import os from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import { errorText } from '../validate/problem.ts';

/** The number of threads a pool uses by default: every core, which `GLOSSARY_THREADS` can lower. */
export function defaultThreads(): number {
	const wanted = Number(process.env['GLOSSARY_THREADS']);
	return Number.isInteger(wanted) && wanted > 0 ? wanted : os.availableParallelism();
}

interface BatchRequest<T> {
	batch: number;
	tasks: T[];
}

type BatchResponse<R> = { batch: number; results: R[] } | { batch: number; error: string };

export interface PoolRun<R = unknown> {
	/** The worker's script, which calls `serveBatches`. */
	script: URL;
	/** What every worker is started with (its `workerData`). */
	workerData: unknown;
	threads: number;
	/** Tasks per message: enough to make messaging cheap, few enough to keep every worker busy to the end. */
	batchSize: number;
	/** What a task is, for errors: "Rendering a body failed: …". */
	doing: string;
	/** Called with each batch's results as they arrive, and the index of its first task: the calling thread is otherwise idle then. */
	onBatch?: ((first: number, results: R[]) => void) | undefined;
}

/**
 * The young generation of every worker, where a task's short-lived objects live and die. At
 * V8's own size (64 MB semi-spaces here) a worker fills it and the process keeps that memory
 * after the worker ends: the YAML workers alone added 30–130 MB to the peak of a 10,000-term
 * `npm run validate`. 32 MB renders bodies as fast as any size from 16 to 64 MB, and parses
 * YAML as fast.
 *
 * The old generation keeps V8's own bound on purpose: below about 2 GB V8 lets a heap grow by
 * at most 1.3 to 2 times its live size between full collections (4 times above it), and a
 * worker's live heap is small, so the few megabytes each body leaves behind filled it again
 * every few bodies. A bound scaled to the glossary (192 MB + 8 MB per 1,000 names, as it was)
 * made a body worker of a three-language glossary spend a quarter of its time in full
 * collections: 340 of them per worker, and 30,000 bodies took 43–57 s to render instead of
 * 24–27 s (10,000 of one language: 9–10 s either way).
 */
const WORKER_YOUNG_GENERATION_MB = 32;

/**
 * Batches each worker holds at once: the one it works on and the next. With one, a worker
 * waits for the calling thread to take its results and send more; while that thread checks
 * the rest of the content (see `validateContent`), it would wait for the whole check.
 */
const BATCHES_IN_FLIGHT = 2;

/**
 * Runs `tasks` on worker threads, in batches handed to whichever worker is free. Results come
 * back in the order of `tasks`.
 */
export async function runInWorkers<T, R>(tasks: readonly T[], run: PoolRun<R>): Promise<R[]> {
	const batches: T[][] = [];
	for (let start = 0; start < tasks.length; start += run.batchSize) batches.push(tasks.slice(start, start + run.batchSize));
	const results: R[][] = new Array(batches.length);
	const threads = Math.min(run.threads, batches.length);
	const workers = Array.from({ length: threads }, () => new Worker(run.script, { workerData: run.workerData, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } }));
	let next = 0;
	try {
		await Promise.all(
			workers.map(
				(worker) =>
					new Promise<void>((resolve, reject) => {
						let held = 0;
						const send = () => {
							if (next >= batches.length) return held === 0 && resolve();
							const batch = next++;
							held++;
							worker.postMessage({ batch, tasks: batches[batch]! } satisfies BatchRequest<T>);
						};
						worker.on('message', (response: BatchResponse<R>) => {
							if ('error' in response) return reject(new Error(`${run.doing} failed: ${response.error}`));
							results[response.batch] = response.results;
							held--;
							send();
							run.onBatch?.(response.batch * run.batchSize, response.results);
						});
						worker.on('error', reject);
						worker.on('exit', (code) => code !== 0 && reject(new Error(`A worker thread (${run.doing.toLowerCase()}) stopped with exit code ${code}`)));
						for (let sent = 0; sent < BATCHES_IN_FLIGHT; sent++) send();
					}),
			),
		);
	} finally {
		await Promise.all(workers.map((worker) => worker.terminate()));
	}
	return results.flat();
}

/** The worker's side of `runInWorkers`: handles each batch it is sent, task by task, one batch after the other. */
export function serveBatches<T, R>(handle: (task: T) => R | Promise<R>): void {
	const serve = async ({ batch, tasks }: BatchRequest<T>) => {
		try {
			const results: R[] = [];
			for (const task of tasks) results.push(await handle(task));
			parentPort!.postMessage({ batch, results } satisfies BatchResponse<R>);
		} catch (error) {
			parentPort!.postMessage({ batch, error: errorText(error, { stack: true }) } satisfies BatchResponse<R>);
		}
	};
	// A batch that arrives while one is handled waits its turn: interleaved, both would finish late.
	let queue = Promise.resolve();
	parentPort!.on('message', (request: BatchRequest<T>) => {
		queue = queue.then(() => serve(request));
	});
}
