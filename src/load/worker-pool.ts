import os from 'node:os';
import { parentPort, Worker, type ResourceLimits } from 'node:worker_threads';

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

export interface PoolRun {
	/** The worker's script, which calls `serveBatches`. */
	script: URL;
	/** What every worker is started with (its `workerData`). */
	workerData: unknown;
	threads: number;
	/** Tasks per message: enough to make messaging cheap, few enough to keep every worker busy to the end. */
	batchSize: number;
	resourceLimits?: ResourceLimits;
	/** What a task is, for errors: "Rendering a body failed: …". */
	doing: string;
}

/**
 * Runs `tasks` on worker threads, in batches handed to whichever worker is free. Results come
 * back in the order of `tasks`.
 */
export async function runInWorkers<T, R>(tasks: readonly T[], run: PoolRun): Promise<R[]> {
	const batches: T[][] = [];
	for (let start = 0; start < tasks.length; start += run.batchSize) batches.push(tasks.slice(start, start + run.batchSize));
	const results: R[][] = new Array(batches.length);
	const threads = Math.min(run.threads, batches.length);
	const workers = Array.from({ length: threads }, () => new Worker(run.script, { workerData: run.workerData, ...(run.resourceLimits ? { resourceLimits: run.resourceLimits } : {}) }));
	let next = 0;
	try {
		await Promise.all(
			workers.map(
				(worker) =>
					new Promise<void>((resolve, reject) => {
						const send = () => {
							if (next >= batches.length) return resolve();
							const batch = next++;
							worker.postMessage({ batch, tasks: batches[batch]! } satisfies BatchRequest<T>);
						};
						worker.on('message', (response: BatchResponse<R>) => {
							if ('error' in response) return reject(new Error(`${run.doing} failed: ${response.error}`));
							results[response.batch] = response.results;
							send();
						});
						worker.on('error', reject);
						worker.on('exit', (code) => code !== 0 && reject(new Error(`A worker thread (${run.doing.toLowerCase()}) stopped with exit code ${code}`)));
						send();
					}),
			),
		);
	} finally {
		await Promise.all(workers.map((worker) => worker.terminate()));
	}
	return results.flat();
}

/** The worker's side of `runInWorkers`: handles each batch it is sent, task by task. */
export function serveBatches<T, R>(handle: (task: T) => R | Promise<R>): void {
	parentPort!.on('message', async ({ batch, tasks }: BatchRequest<T>) => {
		try {
			const results: R[] = [];
			for (const task of tasks) results.push(await handle(task));
			parentPort!.postMessage({ batch, results } satisfies BatchResponse<R>);
		} catch (error) {
			const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
			parentPort!.postMessage({ batch, error: reason } satisfies BatchResponse<R>);
		}
	});
}
