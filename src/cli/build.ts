/**
 * `npm run build`: validate, build into a scratch folder, and only then replace `dist/`.
 * Any content error, a failed Astro build, or an `[ERROR]` that Astro merely logs (it exits 0
 * on some) fails the build and leaves the previous `dist/` exactly as it was.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { validateContent } from '../validate/content.ts';
import { formatProblem, sortProblems, summarise } from '../validate/problem.ts';
import { runCollectingErrors } from './logged-errors.ts';

const { values: options } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outDir = resolve(options.out);
const scratch = join(dirname(outDir), `.dist-${process.pid}`);

function fail(message: string): never {
	console.error(`\n✗ Build failed: ${message}\n  ${options.out}/ was left as it was.`);
	process.exit(1);
}

const report = await validateContent();
// Warnings are listed too: a count alone says there is something to look at, not where.
if (report.problems.length > 0) console.error(sortProblems(report.problems).map(formatProblem).join('\n'));
if (!report.content) fail(summarise(report.problems, report.checkedFiles));

await rm(scratch, { recursive: true, force: true });
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
// A NODE_ENV left over from the caller (a test runner sets "test") would build a development bundle.
const env = { ...process.env, NODE_ENV: 'production' };
const result = await runCollectingErrors(process.execPath, [astro, 'build', '--outDir', scratch], { env });
if (result.code !== 0 || result.errors.length > 0) {
	await rm(scratch, { recursive: true, force: true });
	fail(result.code !== 0 ? `astro build exited with code ${result.code}` : `Astro logged ${result.errors.length} error(s):\n  ${result.errors.join('\n  ')}`);
}

const previous = `${scratch}-previous`;
if (existsSync(outDir)) await rename(outDir, previous);
await rename(scratch, outDir);
await rm(previous, { recursive: true, force: true });
console.log(`\n✓ Built ${options.out}/ (${summarise(report.problems, report.checkedFiles)}).`);
