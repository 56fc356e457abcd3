/**
 * The performance benchmark (`npm run bench`): generates synthetic glossaries of several sizes,
 * then times `validate` and a full cold `build` of each, with peak memory and output sizes, and
 * prints one Markdown table (also written to tests/.output/bench/report.md). It reports and
 * never asserts; it exits non-zero only when a build fails.
 *
 *   node tests/bench/run.ts [--sizes 1000,10000] [--seed 1]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateGlossary } from './generate.ts';
import { measure, USAGE_METHOD_NOTES, usageMethod, type Measurement, type UsageMethod } from './measure.ts';
import { siteStats, type SiteStats } from './site-stats.ts';

const BENCH_DIR = resolve('tests/.output/bench');
const STDERR_TAIL_LINES = 30;
const ASTRO_CACHES = resolve('node_modules/.astro');

interface SizeResult {
	terms: number;
	aliases: number;
	validate: Measurement;
	build: Measurement;
	/** Missing when the build failed. */
	site: SiteStats | undefined;
	/** Whether Astro's cache could be cleared, so that the build started cold. */
	cold: boolean;
}

function parseOptions(): { sizes: number[]; seed: number } {
	const { values } = parseArgs({
		options: { sizes: { type: 'string', default: '1000,10000' }, seed: { type: 'string', default: '1' } },
	});
	const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
	if (sizes.some((size) => !Number.isInteger(size) || size < 2)) throw new Error(`--sizes needs integers ≥ 2, got "${values.sizes}"`);
	return { sizes, seed: Number(values.seed) };
}

/**
 * The folder where Astro caches this glossary's rendered entries between builds, as
 * astro.config.ts names it. It is asked of the config itself (in a child process, with this
 * glossary's environment) rather than recomputed here, so a change to how the config keys its
 * cache cannot make the benchmark measure a warm build unnoticed. `undefined` when the config
 * has no folder of its own: Astro's default one is shared with every other build.
 */
function astroCacheFolder(env: NodeJS.ProcessEnv): string | undefined {
	const config = pathToFileURL(resolve('astro.config.ts')).href;
	const script = `const { default: config } = await import(${JSON.stringify(config)}); console.log(JSON.stringify(String(config.cacheDir ?? '')));`;
	let output: string;
	try {
		output = execFileSync(process.execPath, ['--input-type=module', '--eval', script], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	} catch {
		return undefined; // A config that fails to load fails the build too, which is reported there.
	}
	const cacheDir = JSON.parse(output.trim().split('\n').at(-1) ?? '""') as string;
	const folder = resolve(cacheDir.startsWith('file:') ? fileURLToPath(cacheDir) : cacheDir);
	return cacheDir && folder.startsWith(ASTRO_CACHES + sep) ? folder : undefined;
}

function progress(message: string): void {
	process.stderr.write(`${message}\n`);
}

async function benchmarkSize(terms: number, seed: number, method: UsageMethod): Promise<SizeResult> {
	const dir = join(BENCH_DIR, String(terms));
	const content = join(dir, 'content');
	const dist = join(dir, 'dist');
	progress(`${terms} terms: generating…`);
	const glossary = generateGlossary(content, terms, seed);

	const env = { ...process.env, GLOSSARY_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
	const run = (label: string, args: readonly string[]) =>
		measure(process.execPath, args, { env, method, usageFile: join(dir, `${label}.usage`) }).then((result) => {
			// The full output stays on disk for investigation; the console gets the table only.
			writeFileSync(join(dir, `${label}.log`), `${result.stdout}\n--- stderr ---\n${result.stderr}`);
			return result;
		});

	progress(`${terms} terms: validating…`);
	const validate = await run('validate', ['src/cli/validate.ts']);
	progress(`${terms} terms: building…`);
	// The generated files are the same from run to run, so a warm cache would skip most of the
	// work: removing it measures the cold build that CI does, and removing it afterwards leaves
	// no cache of a throw-away glossary behind.
	const cache = astroCacheFolder(env);
	const clearCache = () => {
		if (cache) rmSync(cache, { recursive: true, force: true });
	};
	clearCache();
	rmSync(dist, { recursive: true, force: true });
	const build = await run('build', ['src/cli/build.ts', '--out', dist]);
	clearCache();
	progress(`${terms} terms: build ${build.code === 0 ? 'done' : 'FAILED'} in ${build.seconds.toFixed(1)} s`);
	return { terms, aliases: glossary.aliasCount, validate, build, cold: cache !== undefined, site: build.code === 0 ? siteStats(dist, glossary.slugs) : undefined };
}

const DASH = '—';
const integer = (value: number) => value.toLocaleString('en-US');
const seconds = (value: number) => `${value.toFixed(1)} s`;
const optionalSeconds = (value: number | undefined) => (value === undefined ? DASH : seconds(value));
const mib = (kib: number | undefined) => (kib === undefined ? DASH : `${integer(Math.round(kib / 1024))} MiB`);
const bytes = (value: number | undefined) => {
	if (value === undefined) return DASH;
	return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(1)} MiB` : `${(value / 1024).toFixed(1)} KiB`;
};
const ok = (measurement: Measurement, text: string) => (measurement.code === 0 ? text : `${text} (failed, exit ${measurement.code})`);

interface Scaling {
	/** Seconds per 1,000 terms at each size. */
	per: string[];
	/** That figure relative to the previous size's. */
	ratio: string[];
	/** Seconds each extra 1,000 terms added since the previous size: constant when growth is linear. */
	marginal: string[];
}

/**
 * How a stage's time grows with the glossary. Seconds per 1,000 terms include the fixed start-up
 * cost, which flatters large sizes; the marginal cost leaves it out.
 */
function scaling(results: readonly SizeResult[], pick: (result: SizeResult) => Measurement): Scaling {
	const per = results.map((result) => (pick(result).seconds * 1000) / result.terms);
	const vsPrevious = (show: (index: number, previous: SizeResult) => string) =>
		results.map((_, index) => (index === 0 ? DASH : show(index, results[index - 1]!)));
	return {
		per: per.map(seconds),
		ratio: vsPrevious((index) => `${(per[index]! / per[index - 1]!).toFixed(2)}×`),
		marginal: vsPrevious((index, previous) => {
			const current = results[index]!;
			return seconds(((pick(current).seconds - pick(previous).seconds) * 1000) / (current.terms - previous.terms));
		}),
	};
}

function table(results: readonly SizeResult[]): string {
	const validatePer = scaling(results, (result) => result.validate);
	const buildPer = scaling(results, (result) => result.build);
	const site = (show: (stats: SiteStats) => string) => results.map((result) => (result.site ? show(result.site) : DASH));
	const rows: [string, string[]][] = [
		['aliases (redirect pages)', results.map((result) => integer(result.aliases))],
		['validate: wall time', results.map((result) => ok(result.validate, seconds(result.validate.seconds)))],
		['validate: CPU time (user + system)', results.map((result) => optionalSeconds(result.validate.cpuSeconds))],
		['validate: peak RSS', results.map((result) => mib(result.validate.peakRssKiB))],
		['validate: per 1,000 terms', validatePer.per],
		['validate: per 1,000 terms vs previous size', validatePer.ratio],
		['validate: each added 1,000 terms', validatePer.marginal],
		['build: cache at start', results.map((result) => (result.cold ? 'cold' : 'not cleared'))],
		['build: wall time', results.map((result) => ok(result.build, seconds(result.build.seconds)))],
		['build: CPU time (user + system)', results.map((result) => optionalSeconds(result.build.cpuSeconds))],
		['build: peak RSS', results.map((result) => mib(result.build.peakRssKiB))],
		['build: per 1,000 terms', buildPer.per],
		['build: per 1,000 terms vs previous size', buildPer.ratio],
		['build: each added 1,000 terms', buildPer.marginal],
		['HTML pages', site((stats) => integer(stats.htmlPages))],
		['dist/ total', site((stats) => bytes(stats.totalBytes))],
		['home page (index.html)', site((stats) => bytes(stats.homeBytes))],
		['term page: median / max', site((stats) => `${bytes(stats.termMedianBytes)} / ${bytes(stats.termMaxBytes)}`)],
		['pagefind/', site((stats) => bytes(stats.pagefindBytes))],
	];
	const header = `| | ${results.map((result) => `${integer(result.terms)} terms`).join(' | ')} |`;
	const divider = `| --- |${results.map(() => ' ---: |').join('')}`;
	return [header, divider, ...rows.map(([name, cells]) => `| ${name} | ${cells.join(' | ')} |`)].join('\n');
}

function machine(method: UsageMethod): string {
	const astro = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')) as { version: string };
	const gib = (os.totalmem() / 1024 ** 3).toFixed(1);
	const load = os.loadavg()[0]!.toFixed(2);
	return [
		`Machine: ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${gib} GiB RAM, ${os.platform()} ${os.release()}; load average at start ${load}.`,
		`Node ${process.version}, Astro ${astro.version}. Builds start cold: the content cache folder that astro.config.ts names is removed first.`,
		`CPU time and peak RSS: ${USAGE_METHOD_NOTES[method]}. Wall times suffer when other work runs; CPU times much less.`,
	].join('\n');
}

function stderrTail(result: SizeResult): string {
	const lines = result.build.stderr.trimEnd().split('\n').slice(-STDERR_TAIL_LINES);
	return `Build of ${result.terms} terms failed (exit ${result.build.code}); last lines of stderr:\n${lines.join('\n')}`;
}

const { sizes, seed } = parseOptions();
const method = usageMethod();
const header = machine(method);
mkdirSync(BENCH_DIR, { recursive: true });
const results: SizeResult[] = [];
// One size after the other: builds use every core and share the project's .astro/ folder.
for (const size of sizes) results.push(await benchmarkSize(size, seed, method));

const report = `# Benchmark\n\n${header}\n\n${table(results)}\n`;
writeFileSync(join(BENCH_DIR, 'report.md'), report);
console.log(`\n${report}\nWritten to ${join('tests/.output/bench', 'report.md')}; logs in tests/.output/bench/<size>/.`);

const failed = results.filter((result) => result.build.code !== 0);
for (const result of failed) console.error(`\n${stderrTail(result)}`);
if (failed.length > 0) process.exitCode = 1;
