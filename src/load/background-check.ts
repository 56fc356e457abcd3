/**
 * `astro dev`'s check of every body (links, orphans, quality), in a process of its own, at the
 * lowest priority: the dev server serves pages meanwhile (see `serveWhileLinking` in
 * term-loader.ts). A process rather than worker threads, so that what the check holds (every
 * term again, and the workers parsing the bodies) does not add to the dev server's memory.
 */
import { constants, setPriority } from 'node:os';
import type { ProcessedBody } from '../render/bodies.ts';
import { validateContent } from '../validate/content.ts';
import type { Problem } from '../validate/problem.ts';
import type { ContentPaths } from './paths.ts';

export interface BackgroundCheckInput {
	paths: ContentPaths;
	cacheFolder: string;
}

/** What the dev server needs of the check: its problems, and what each body links to. */
export interface BackgroundCheckResult {
	problems: Problem[];
	/** Whether the content has no errors. */
	valid: boolean;
	bodies: ReadonlyMap<string, ProcessedBody>;
}

if (process.send) {
	// A dev server that stops takes its check with it.
	process.once('disconnect', () => process.exit(0));
	// Threads started from here on (the body workers) are at this priority too.
	setPriority(constants.priority.PRIORITY_LOW);
	const { paths, cacheFolder } = JSON.parse(process.argv[2]!) as BackgroundCheckInput;
	// A TODO left from the template fails a build, but while writing it is only a warning.
	const report = await validateContent(paths, { bodies: 'check', cacheFolder, templateTodos: 'warning' });
	const result: BackgroundCheckResult = { problems: report.problems, valid: report.content !== undefined, bodies: report.bodies };
	process.send(result, () => process.exit(0));
}
