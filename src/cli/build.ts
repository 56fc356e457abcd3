/**
 * `npm run build`: validate and render the content (each file read and parsed once, bodies
 * rendered on every core, unchanged ones reused from the last build), build into a scratch
 * folder, and only then replace `dist/`. Any content error, a failed Astro build, or an
 * `[ERROR]` that Astro merely logs (it exits 0 on some) fails the build and leaves the previous
 * `dist/` exactly as it was.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { removeInBackground } from '../load/files.ts';
import { cacheFolder } from '../load/paths.ts';
import { PREPARED_ENV, writePrepared } from '../load/prepared.ts';
import { validateContent } from '../validate/content.ts';
import { formatProblem, sortProblems, summarise } from '../validate/problem.ts';
import { ASTRO_BIN, astroNodeOptions } from './astro-process.ts';
import { runCollectingErrors } from './logged-errors.ts';

const { values: options } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outDir = resolve(options.out);
const scratch = join(dirname(outDir), `.dist-${process.pid}`);

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;

function fail(message: string): never {
	console.error(`\n✗ Build failed: ${message}\n  ${options.out}/ was left as it was.`);
	process.exit(1);
}

const cache = cacheFolder();
const started = performance.now();
const report = await validateContent(undefined, { bodies: 'render', cacheFolder: cache });
const checked = performance.now();
// Warnings are listed too: a count alone says there is something to look at, not where.
if (report.problems.length > 0) console.error(sortProblems(report.problems).map(formatProblem).join('\n'));
if (!report.content) fail(summarise(report.problems, report.checkedFiles));
const prepared = join(cache, `prepared-${process.pid}.json`);
await writePrepared(prepared, report.content);
const translated = report.content.translations.length > 0 ? `, ${report.content.translations.length} translations` : '';
console.log(`Content checked and rendered in ${seconds(checked - started)} (${report.content.terms.length} terms${translated}).`);

await rm(scratch, { recursive: true, force: true });
// A NODE_ENV left over from the caller (a test runner sets "test") would build a development bundle.
const env = { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: astroNodeOptions(report.content.terms.length + report.content.translations.length), [PREPARED_ENV]: prepared };
const result = await runCollectingErrors(process.execPath, [ASTRO_BIN, 'build', '--outDir', scratch], { env }).finally(() => rm(prepared, { force: true }));
if (result.code !== 0 || result.errors.length > 0) {
	await rm(scratch, { recursive: true, force: true });
	fail(result.code !== 0 ? `astro build exited with code ${result.code}` : `Astro logged ${result.errors.length} error(s):\n  ${result.errors.join('\n  ')}`);
}

const previous = `${scratch}-previous`;
if (existsSync(outDir)) await rename(outDir, previous);
await rename(scratch, outDir);
// An old site of 10,000 terms is 23,000 files, which take the disk about 2 s to delete: nobody needs to wait for that.
if (existsSync(previous)) removeInBackground(previous);
console.log(`\n✓ Built ${options.out}/ in ${seconds(performance.now() - started)} (${summarise(report.problems, report.checkedFiles)}).`);
