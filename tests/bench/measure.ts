/**
 * Runs a command as a child process and measures its wall time, CPU time and peak memory,
 * including the processes it starts (the build runs `astro build` as a child of its own).
 * CPU time is reported as well because it is less disturbed than wall time when something else
 * runs on the machine.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';

/**
 * How CPU time and peak memory are measured. GNU time reports the totals and the largest RSS
 * over the command and every descendant it waited for, whatever their language. Without it, a
 * preloaded module makes each Node process report its own; native helpers (esbuild, Pagefind's
 * binary) are then not counted. Either way, on Linux the peak also comes from /proc, sampled
 * (see `watchPeak`): Pagefind's processes are never waited for, so neither method sees them.
 */
export type UsageMethod = 'gnu-time' | 'node-probe';

const PEAK_NOTE = 'largest resident set among all its processes, Pagefind\'s included (/proc read every 0.2 s)';

export const USAGE_METHOD_NOTES: Record<UsageMethod, string> = {
	'gnu-time': `GNU time (%U %S %M): CPU time of the command and the descendants it waited for (not Pagefind's processes); ${PEAK_NOTE}`,
	'node-probe': `process.resourceUsage() of each Node process (preloaded probe): CPU times added up, native helpers not counted; ${PEAK_NOTE}`,
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

/** A file of /proc, or `undefined` once its process has gone. */
function procFile(pid: string, name: string): string | undefined {
	try {
		return readFileSync(`/proc/${pid}/${name}`, 'utf8');
	} catch {
		return undefined;
	}
}

/**
 * The largest peak resident set (`VmHWM`, KiB) among `root` and its descendants, read from
 * /proc as they run. GNU time counts only the descendants that their parents waited for, and
 * Pagefind's Node API kills its process without waiting for it: the search index's processes
 * (2 GB for a Japanese part of 5,000 pages) went unseen. Linux only: elsewhere, nothing is read.
 */
function watchPeak(root: number, everyMs = 200): { stop(): number | undefined } {
	if (!existsSync('/proc/self/status')) return { stop: () => undefined };
	let peak = 0;
	const sample = () => {
		const children = new Map<string, string[]>();
		for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
			// "pid (name) state ppid …": the name may hold spaces and parentheses, so fields are counted after its last ")".
			const stat = procFile(pid, 'stat');
			const parent = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
			if (parent) children.set(parent, [...(children.get(parent) ?? []), pid]);
		}
		const tree = [String(root)];
		for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index]!) ?? []));
		for (const pid of tree) peak = Math.max(peak, Number(/^VmHWM:\s+(\d+) kB/m.exec(procFile(pid, 'status') ?? '')?.[1] ?? 0));
	};
	const timer = setInterval(sample, everyMs);
	return {
		stop() {
			clearInterval(timer);
			return peak || undefined;
		},
	};
}

export async function measure(command: string, args: readonly string[], options: MeasureOptions): Promise<Measurement> {
	writeFileSync(options.usageFile, '');
	const run = wrap(command, args, options);
	const started = performance.now();
	const child = spawn(run.file, run.args, { env: run.env, stdio: ['ignore', 'pipe', 'pipe'] });
	const watch = child.pid === undefined ? undefined : watchPeak(child.pid);
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	const code = await new Promise<number | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', resolve);
	});
	const seconds = (performance.now() - started) / 1000;
	const sampledPeak = watch?.stop();
	const usage = readUsage(options.usageFile);
	rmSync(options.usageFile, { force: true });
	const peaks = [usage.peakRssKiB, sampledPeak].filter((peak) => peak !== undefined);
	return { code, seconds, ...usage, peakRssKiB: peaks.length > 0 ? Math.max(...peaks) : undefined, stdout, stderr };
}
