/**
 * The editor's loop in `npm run dev`, timed on a glossary: how long until the first page is
 * served from a cold cache, how long the first term page then takes, and how long an edited body
 * takes to show. It reports and never asserts.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BODIES_CHECKED } from '../../src/load/term-loader.ts';
import { cacheFolder } from '../../src/load/paths.ts';

export interface DevFigures {
	/** Start to the home page served, with no cache. */
	firstPageSeconds: number;
	/** Then, the first term page. */
	firstTermSeconds: number;
	/** A body edited on disk until the server serves the new text. */
	editSeconds: number;
	/** Start to every body checked (the server serves before that: see src/load/term-loader.ts), the edit included. */
	bodiesCheckedSeconds: number;
	/** The dev server's largest resident set, read from /proc once every body is checked. */
	peakRssKiB: number | undefined;
}

const TIMEOUT_MS = 600_000;

async function until(done: () => boolean | Promise<boolean>, failure: string): Promise<void> {
	const deadline = performance.now() + TIMEOUT_MS;
	while (performance.now() < deadline) {
		if (await done()) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`${failure} within ${TIMEOUT_MS / 1000} s`);
}

function waitFor(url: string, test: (html: string) => boolean): Promise<void> {
	const answers = () =>
		fetch(url)
			.then(async (response) => test(response.ok ? await response.text() : ''))
			.catch(() => false);
	return until(answers, `${url} did not answer as expected`);
}

/** The largest resident set of a process or any of its children, read from /proc (Linux). */
function peakRss(pid: number): number | undefined {
	const status = (id: string) => readFileSync(`/proc/${id}/status`, 'utf8');
	const peak = (id: string) => Number(/VmHWM:\s+(\d+) kB/.exec(status(id))?.[1] ?? 0);
	const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean);
	const peaks = [String(pid), ...children].map(peak);
	return Math.max(...peaks) || undefined;
}

export async function measureDevServer(content: string, slug: string, port = 4399): Promise<DevFigures> {
	rmSync(cacheFolder(content), { recursive: true, force: true });
	const started = performance.now();
	// As `npm run dev` starts it.
	const server = spawn(process.execPath, ['src/cli/dev.ts', '--port', String(port)], {
		env: { ...process.env, GLOSSARY_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'development' },
		stdio: ['ignore', 'pipe', 'ignore'],
	});
	let output = '';
	server.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
	const root = `http://localhost:${port}/`;
	try {
		await waitFor(root, (html) => html.includes('<h1'));
		const firstPageSeconds = (performance.now() - started) / 1000;
		const termStarted = performance.now();
		await waitFor(`${root}${slug}/`, (html) => html.includes('data-pagefind-body'));
		const firstTermSeconds = (performance.now() - termStarted) / 1000;

		const file = join(content, 'terms', `${slug}.md`);
		const original = readFileSync(file, 'utf8');
		const marker = `Edited for the benchmark at ${Date.now()}.`;
		const editStarted = performance.now();
		writeFileSync(file, original.replace(/^## (.*)$/m, `${marker}\n\n## $1`));
		await waitFor(`${root}${slug}/`, (html) => html.includes(marker));
		const editSeconds = (performance.now() - editStarted) / 1000;
		writeFileSync(file, original);
		// Its peak may come after the pages, when the check of the bodies has ended and its links are stored.
		await until(() => output.includes(BODIES_CHECKED), 'every body was not checked');
		const bodiesCheckedSeconds = (performance.now() - started) / 1000;
		return { firstPageSeconds, firstTermSeconds, editSeconds, bodiesCheckedSeconds, peakRssKiB: peakRss(server.pid!) };
	} finally {
		server.kill();
	}
}
