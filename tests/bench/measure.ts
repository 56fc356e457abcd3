/**
 * Runs a command as a child process and measures its wall time, CPU time and peak memory,
 * including the processes it starts (the build runs `astro build` as a child of its own).
 * CPU time is reported as well because it is less disturbed than wall time when something else
 * runs on the machine.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';

/**
 * How CPU time and peak memory are measured. GNU time reports the totals and the largest RSS
 * over the command and every descendant it waited for, whatever their language. Without it, a
 * preloaded module makes each Node process report its own; native helpers (esbuild, Pagefind's
 * binary) are then not counted.
 */
export type UsageMethod = 'gnu-time' | 'node-probe';

export const USAGE_METHOD_NOTES: Record<UsageMethod, string> = {
	'gnu-time': 'GNU time (%U %S %M): CPU time of the command and its descendants, largest resident set among them',
	'node-probe': 'process.resourceUsage() of each Node process (preloaded probe): CPU times added up, largest peak RSS; native helpers not counted',
};

export function usageMethod(): UsageMethod {
	return existsSync(GNU_TIME) ? 'gnu-time' : 'node-probe';
}

export interface Measurement {
	code: number | null;
	seconds: number;
	/** User plus system CPU time, when it could be read. */
	cpuSeconds: number | undefined;
	/** Peak resident set size in KiB, when it could be read. */
	peakRssKiB: number | undefined;
	stdout: string;
	stderr: string;
}

export interface MeasureOptions {
	env: NodeJS.ProcessEnv;
	/** A scratch file the measurement is written to; replaced on each run. */
	usageFile: string;
	method: UsageMethod;
}

/** The command line to spawn and its environment, for the chosen method. */
function wrap(command: string, args: readonly string[], options: MeasureOptions): { file: string; args: string[]; env: NodeJS.ProcessEnv } {
	if (options.method === 'gnu-time') {
		// -o keeps time's figure out of the command's own stderr.
		return { file: GNU_TIME, args: ['-f', '%U %S %M', '-o', options.usageFile, command, ...args], env: options.env };
	}
	// A file URL: percent-encoded, so a path with spaces survives NODE_OPTIONS' splitting.
	const probe = `--import=${new URL('usage-probe.ts', import.meta.url).href}`;
	const nodeOptions = [options.env['NODE_OPTIONS'], probe].filter(Boolean).join(' ');
	return { file: command, args: [...args], env: { ...options.env, NODE_OPTIONS: nodeOptions, BENCH_USAGE_FILE: options.usageFile } };
}

/**
 * Reads "<user s> <system s> <peak KiB>" lines: one from GNU time (which may add a line about a
 * non-zero exit status, skipped), or one per process from the probe.
 */
function readUsage(file: string): { cpuSeconds: number | undefined; peakRssKiB: number | undefined } {
	const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
	const usages = lines.filter((line) => /^[\d.]+ [\d.]+ \d+$/.test(line.trim())).map((line) => line.trim().split(' ').map(Number));
	if (usages.length === 0) return { cpuSeconds: undefined, peakRssKiB: undefined };
	return {
		cpuSeconds: usages.reduce((total, [user, system]) => total + user! + system!, 0),
		peakRssKiB: Math.max(...usages.map(([, , rss]) => rss!)),
	};
}

export async function measure(command: string, args: readonly string[], options: MeasureOptions): Promise<Measurement> {
	writeFileSync(options.usageFile, '');
	const run = wrap(command, args, options);
	const started = performance.now();
	const child = spawn(run.file, run.args, { env: run.env, stdio: ['ignore', 'pipe', 'pipe'] });
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	const code = await new Promise<number | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', resolve);
	});
	const seconds = (performance.now() - started) / 1000;
	const usage = readUsage(options.usageFile);
	rmSync(options.usageFile, { force: true });
	return { code, seconds, ...usage, stdout, stderr };
}
