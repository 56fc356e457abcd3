/**
 * The performance benchmark (`npm run bench`): generates synthetic glossaries of several sizes,
 * then, for each, times `validate`, a cold `build` (with its phases from the build log), a
 * rebuild after editing one term's body, the search in headless Chromium and the editor's loop
 * in `npm run dev`, with peak memory and page weights, and prints one Markdown table (also
 * written to tests/.output/bench/report.md). It reports and never asserts; it exits non-zero
 * only when a build fails.
 *
 *   node tests/bench/run.ts [--sizes 1000,10000] [--seed 1] [--words 600] [--translations es,ja] [--no-dev] [--no-search] [--no-rebuild]
 *
 * `--translations es,ja` translates every term into each of those languages (see `generate.ts`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { measureDevServer, type DevFigures } from './dev-server.ts';
import { generateGlossary } from './generate.ts';
import { measureSearch, type SearchFigures } from './search.ts';
import { measure, USAGE_METHOD_NOTES, usageMethod, type Measurement, type UsageMethod } from './measure.ts';
import { siteStats, type SiteStats } from './site-stats.ts';

const BENCH_DIR = resolve('tests/.output/bench');
const STDERR_TAIL_LINES = 30;
const ASTRO_CACHES = resolve('node_modules/.astro');

interface SizeResult {
	terms: number;
	aliases: number;
	validate: Measurement;
	/** `validate` again after the build, which cached every body's links. */
	validateWarm: Measurement | undefined;
	build: Measurement;
	/** The build's phases, read from its log. */
	phases: Phases;
	/** A rebuild after one term's body changed, with every cache warm. */
	rebuild: Measurement | undefined;
	/** Missing when the build failed. */
	site: SiteStats | undefined;
	search: SearchFigures | undefined;
	dev: DevFigures | undefined;
	/** Whether Astro's cache could be cleared, so that the build started cold. */
	cold: boolean;
}

interface Options {
	sizes: number[];
	seed: number;
	words: number | undefined;
	/** Languages every term is translated into, e.g. `['es', 'ja']`; none by default. */
	translations: string[];
	dev: boolean;
	search: boolean;
	rebuild: boolean;
}

function parseOptions(): Options {
	const { values } = parseArgs({
		allowNegative: true,
		options: {
			sizes: { type: 'string', default: '1000,10000' },
			seed: { type: 'string', default: '1' },
			words: { type: 'string' },
			translations: { type: 'string', default: '' },
			dev: { type: 'boolean', default: true },
			search: { type: 'boolean', default: true },
			rebuild: { type: 'boolean', default: true },
		},
	});
	const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
	if (sizes.some((size) => !Number.isInteger(size) || size < 2)) throw new Error(`--sizes needs integers ≥ 2, got "${values.sizes}"`);
	const words = values.words === undefined ? undefined : Number(values.words);
	if (words !== undefined && !(words > 0)) throw new Error(`--words needs a number of words, got "${values.words}"`);
	const translations = values.translations.split(',').map((lang) => lang.trim()).filter(Boolean);
	return { sizes, seed: Number(values.seed), words, translations, dev: values.dev, search: values.search, rebuild: values.rebuild };
}

interface Phases {
	/** Validation and rendering of the bodies (`npm run build` before Astro starts). */
	content: number | undefined;
	/** Astro's page generation. */
	pages: number | undefined;
	/** How long the search index took after the last page. */
	searchTail: number | undefined;
}

function phasesOf(log: string): Phases {
	const number = (pattern: RegExp) => {
		const match = pattern.exec(log);
		return match ? Number(match[1]) : undefined;
	};
	// Astro writes its durations as "667ms", "17.78s" or "1m 50s".
	const astroSeconds = /generating static routes[\s\S]*?✓ Completed in (?:(\d+)m )?([\d.]+)(m?s)\./.exec(log);
	return {
		content: number(/Content checked and rendered in ([\d.]+) s/),
		pages: astroSeconds ? Number(astroSeconds[1] ?? 0) * 60 + Number(astroSeconds[2]) / (astroSeconds[3] === 'ms' ? 1000 : 1) : undefined,
		searchTail: number(/in ([\d.]+) s after the last page/),
	};
}

/** Adds a sentence to the body of one term, as an editor would. */
function editOneBody(content: string, slug: string): void {
	const file = join(content, 'terms', `${slug}.md`);
	const text = readFileSync(file, 'utf8');
	writeFileSync(file, text.replace(/^## (.*)$/m, `One sentence added for the benchmark's rebuild.\n\n## $1`));
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

async function benchmarkSize(terms: number, options: Options, method: UsageMethod): Promise<SizeResult> {
	const dir = join(BENCH_DIR, String(terms));
	const content = join(dir, 'content');
	const dist = join(dir, 'dist');
	progress(`${terms} terms${options.translations.length > 0 ? `, translated into ${options.translations.join(', ')}` : ''}: generating…`);
	const glossary = generateGlossary(content, terms, options.seed, { words: options.words, translations: options.translations });

	const env = { ...process.env, GLOSSARY_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
	const run = (label: string, args: readonly string[]) =>
		measure(process.execPath, args, { env, method, usageFile: join(dir, `${label}.usage`) }).then((result) => {
			// The full output stays on disk for investigation; the console gets the table only.
			writeFileSync(join(dir, `${label}.log`), `${result.stdout}\n--- stderr ---\n${result.stderr}`);
			return result;
		});

	// The generated files are the same from run to run, so a warm cache would skip most of the
	// work: removing it measures the cold validation and build that CI does, and removing it
	// afterwards leaves no cache of a throw-away glossary behind.
	const cache = astroCacheFolder(env);
	const clearCache = () => {
		if (cache) rmSync(cache, { recursive: true, force: true });
	};
	clearCache();
	progress(`${terms} terms: validating…`);
	const validate = await run('validate', ['src/cli/validate.ts']);
	progress(`${terms} terms: building…`);
	clearCache();
	rmSync(dist, { recursive: true, force: true });
	const build = await run('build', ['src/cli/build.ts', '--out', dist]);
	// An editor's next check, after a build: the bodies' links come from the build's cache.
	const validateWarm = build.code === 0 ? await run('validate-warm', ['src/cli/validate.ts']) : undefined;
	progress(`${terms} terms: build ${build.code === 0 ? 'done' : 'FAILED'} in ${build.seconds.toFixed(1)} s`);
	const built = build.code === 0;
	const edited = glossary.slugs[Math.floor(glossary.slugs.length / 2)]!;
	let rebuild: Measurement | undefined;
	if (built && options.rebuild) {
		progress(`${terms} terms: rebuilding after editing ${edited}.md…`);
		editOneBody(content, edited);
		rebuild = await run('rebuild', ['src/cli/build.ts', '--out', dist]);
	}
	clearCache();
	const site = built ? siteStats(dist, glossary.slugs) : undefined;
	progress(`${terms} terms: search…`);
	const search = built && options.search ? await measureSearch(dist) : undefined;
	progress(`${terms} terms: dev server…`);
	// A built site left in the project is scanned by `astro dev` (at 50,000 terms, a gigabyte of
	// pages that made it run out of memory): the dev server is measured without one, as an
	// editor has it, and none is left behind. The logs stay.
	rmSync(dist, { recursive: true, force: true });
	const dev = built && options.dev ? await measureDevServer(content, edited) : undefined;
	clearCache();
	return { terms, aliases: glossary.aliasCount, validate, validateWarm, build, phases: phasesOf(build.stdout + build.stderr), rebuild, cold: cache !== undefined, site, search, dev };
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
	const searchCell = (show: (figures: SearchFigures) => string) => results.map((result) => (result.search ? show(result.search) : DASH));
	const devCell = (show: (figures: DevFigures) => string) => results.map((result) => (result.dev ? show(result.dev) : DASH));
	const rows: [string, string[]][] = [
		['aliases (redirect pages)', results.map((result) => integer(result.aliases))],
		['validate: wall time', results.map((result) => ok(result.validate, seconds(result.validate.seconds)))],
		['validate: CPU time (user + system)', results.map((result) => optionalSeconds(result.validate.cpuSeconds))],
		['validate: peak RSS', results.map((result) => mib(result.validate.peakRssKiB))],
		['validate after a build (bodies cached): wall time', results.map((result) => (result.validateWarm ? ok(result.validateWarm, seconds(result.validateWarm.seconds)) : DASH))],
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
		['build phase: content check and render', results.map((result) => optionalSeconds(result.phases.content))],
		['build phase: Astro page generation', results.map((result) => optionalSeconds(result.phases.pages))],
		['build phase: search index, after the last page', results.map((result) => optionalSeconds(result.phases.searchTail))],
		['rebuild after editing one body: wall time', results.map((result) => (result.rebuild ? ok(result.rebuild, seconds(result.rebuild.seconds)) : DASH))],
		['rebuild: peak RSS', results.map((result) => mib(result.rebuild?.peakRssKiB))],
		['HTML pages', site((stats) => integer(stats.htmlPages))],
		['dist/ total', site((stats) => bytes(stats.totalBytes))],
		['home page (index.html)', site((stats) => bytes(stats.homeBytes))],
		['term page: median / max', site((stats) => `${bytes(stats.termMedianBytes)} / ${bytes(stats.termMaxBytes)}`)],
		['pagefind/, every language', site((stats) => bytes(stats.pagefindBytes))],
		['search: first query (cold), to first results / complete', searchCell((figures) => `${figures.firstMs.toFixed(0)} / ${figures.firstCompleteMs.toFixed(0)} ms`)],
		['search: keystroke to complete results, median / p95', searchCell((figures) => `${figures.medianMs.toFixed(0)} / ${figures.p95Ms.toFixed(0)} ms`)],
		['search: bytes fetched up to the first results', searchCell((figures) => bytes(figures.firstBytes))],
		['search: bytes fetched up to the complete first results', searchCell((figures) => bytes(figures.firstCompleteBytes))],
		['search: name table (all parts)', searchCell((figures) => bytes(figures.tableBytes))],
		['dev: first page served (cold cache)', devCell((figures) => seconds(figures.firstPageSeconds))],
		['dev: first term page after that', devCell((figures) => seconds(figures.firstTermSeconds))],
		['dev: edited body served', devCell((figures) => seconds(figures.editSeconds))],
		['dev: every body checked (links complete), from the start', devCell((figures) => seconds(figures.bodiesCheckedSeconds))],
		['dev: peak RSS', devCell((figures) => mib(figures.peakRssKiB))],
	];
	const header = `| | ${results.map((result) => `${integer(result.terms)} terms`).join(' | ')} |`;
	const divider = `| --- |${results.map(() => ' ---: |').join('')}`;
	return [header, divider, ...rows.map(([name, cells]) => `| ${name} | ${cells.join(' | ')} |`)].join('\n');
}

function machine(method: UsageMethod, options: Options): string {
	const astro = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')) as { version: string };
	const gib = (os.totalmem() / 1024 ** 3).toFixed(1);
	const load = os.loadavg()[0]!.toFixed(2);
	return [
		`Machine: ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${gib} GiB RAM, ${os.platform()} ${os.release()}; load average at start ${load}.`,
		`Node ${process.version}, Astro ${astro.version}. Builds start cold: the content cache folder that astro.config.ts names is removed first; the rebuild after one edited body reuses it. Bodies: ${options.words ? `about ${options.words} words` : 'the generator\'s 170–310 words'}.${options.translations.length > 0 ? ` Every term translated into ${options.translations.join(', ')} (term counts are per language).` : ''}`,
		`CPU time and peak RSS: ${USAGE_METHOD_NOTES[method]}. Wall times suffer when other work runs; CPU times much less.`,
	].join('\n');
}

function stderrTail(result: SizeResult): string {
	const lines = result.build.stderr.trimEnd().split('\n').slice(-STDERR_TAIL_LINES);
	return `Build of ${result.terms} terms failed (exit ${result.build.code}); last lines of stderr:\n${lines.join('\n')}`;
}

const options = parseOptions();
const method = usageMethod();
const header = machine(method, options);
mkdirSync(BENCH_DIR, { recursive: true });
const results: SizeResult[] = [];
// One size after the other: builds use every core and share the project's .astro/ folder.
for (const size of options.sizes) results.push(await benchmarkSize(size, options, method));

const report = `# Benchmark\n\n${header}\n\n${table(results)}\n`;
writeFileSync(join(BENCH_DIR, 'report.md'), report);
console.log(`\n${report}\nWritten to ${join('tests/.output/bench', 'report.md')}; logs in tests/.output/bench/<size>/.`);

const failed = results.filter((result) => result.build.code !== 0);
for (const result of failed) console.error(`\n${stderrTail(result)}`);
if (failed.length > 0) process.exitCode = 1;
