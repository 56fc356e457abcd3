/**
 * A worker thread of the body pool (`body-pool.ts`): it sets up the markdown pipeline once,
 * then renders each batch of bodies it is sent. Nothing here knows about files or the build.
 */
import { workerData } from 'node:worker_threads';
import { serveBatches } from '../load/worker-pool.ts';
import { createBodyRenderer, type BodyMode, type BodySettings, type BodyTask, type RenderedBody } from './body-render.ts';

export interface WorkerInput {
	settings: BodySettings;
	mode: BodyMode;
}

const { settings, mode } = workerData as WorkerInput;
const render = await createBodyRenderer(settings, mode);

serveBatches<BodyTask, RenderedBody>(render);
