/**
 * A worker thread of the body pool (`body-pool.ts`): it sets up the markdown pipeline once,
 * then renders each batch of bodies it is sent. Nothing here knows about files or the build.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createBodyRenderer, type BodyMode, type BodySettings, type BodyTask, type RenderedBody } from './body-render.ts';

export interface WorkerInput {
	settings: BodySettings;
	mode: BodyMode;
}

export interface BatchRequest {
	batch: number;
	tasks: BodyTask[];
}

export type BatchResponse = { batch: number; results: RenderedBody[] } | { batch: number; error: string };

const { settings, mode } = workerData as WorkerInput;
const render = await createBodyRenderer(settings, mode);

parentPort!.on('message', async ({ batch, tasks }: BatchRequest) => {
	try {
		const results: RenderedBody[] = [];
		for (const task of tasks) results.push(await render(task));
		parentPort!.postMessage({ batch, results } satisfies BatchResponse);
	} catch (error) {
		const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
		parentPort!.postMessage({ batch, error: reason } satisfies BatchResponse);
	}
});
