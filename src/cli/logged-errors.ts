import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

export interface LoggedRun {
	code: number | null;
	/** Every output line that Astro's logger marked `[ERROR]`, without colour codes. */
	errors: string[];
}

/**
 * Runs a command, echoing its output as it comes, and collects the lines logged as `[ERROR]`.
 * Astro logs some failures (a markdown plugin that throws while rendering an entry, a broken
 * reference) and still exits 0; the build treats those lines as failures too.
 */
export function runCollectingErrors(
	command: string,
	args: readonly string[],
	options: { env?: NodeJS.ProcessEnv; echo?: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream } } = {},
): Promise<LoggedRun> {
	const echo = options.echo ?? process;
	const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: options.env ?? process.env });
	const errors: string[] = [];
	const watch = (stream: NodeJS.ReadableStream, sink: NodeJS.WritableStream) => {
		let pending = '';
		const scan = (lines: string[]) =>
			errors.push(...lines.map(stripVTControlCharacters).filter((line) => line.includes('[ERROR]')));
		stream.setEncoding('utf8');
		stream.on('data', (chunk: string) => {
			sink.write(chunk);
			const lines = (pending + chunk).split('\n');
			pending = lines.pop() ?? '';
			scan(lines);
		});
		stream.on('end', () => scan([pending]));
	};
	watch(child.stdout, echo.stdout);
	watch(child.stderr, echo.stderr);
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, errors }));
	});
}
