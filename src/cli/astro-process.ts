import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Astro's command-line entry point. */
export const ASTRO_BIN = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

/**
 * Node options for an Astro process working on a glossary of `terms` terms. V8 lets an
 * unbounded heap grow far past what Astro keeps alive (its garbage is collected lazily); a bound
 * that grows with the glossary keeps the peak in check at every size. `gc` is exposed for the
 * two moments our code knows there is much garbage: the dev server's first check of the content
 * (src/load/term-loader.ts) and the end of a build's pages (src/index/pagefind.ts).
 */
export function astroNodeOptions(terms: number, options: { minimumMb?: number } = {}, inherited = process.env['NODE_OPTIONS']): string {
	// What Astro keeps alive grows faster than linearly past 10,000 terms (measured: about 1.8 GB
	// at 50,000), hence the last bound.
	const thousands = Math.ceil(terms / 1000);
	const heapMb = Math.max(options.minimumMb ?? 0, 320 + thousands * 32, thousands * 48);
	return [inherited, `--max-old-space-size=${heapMb}`, '--expose-gc'].filter(Boolean).join(' ');
}

/** Runs Astro in the foreground, passing on the signals that stop it, so that stopping this process stops Astro too. */
export function runAstro(args: readonly string[], env: NodeJS.ProcessEnv): ChildProcess {
	const child = spawn(process.execPath, [ASTRO_BIN, ...args], { stdio: 'inherit', env });
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
	child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
	return child;
}
