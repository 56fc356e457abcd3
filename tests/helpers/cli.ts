import { spawn } from 'node:child_process';

export interface CommandResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

/**
 * The environment a person's shell would give a command: without the variables the test runner
 * sets (VITEST, NODE_ENV=test…), which make Astro behave as if under test (its dev server then
 * serves no pages).
 */
export function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name)));
	return { ...env, ...extra };
}

/** Runs one of the project's CLIs (`src/cli/<name>.ts`) on a content folder, as `npm run <name>` would. */
export function runCli(name: string, args: readonly string[], content: string, env: Record<string, string> = {}): Promise<CommandResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [`src/cli/${name}.ts`, ...args], {
			env: userEnv({ GLOSSARY_CONTENT: content, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...env }),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}
