import { spawn } from 'node:child_process';
import { expect, test } from 'vitest';
import { userEnv } from '../helpers/cli.ts';
import { freePort } from '../helpers/ports.ts';

const answers = (url: string) => fetch(url).then(() => true, () => false);

// Like an editor's npm start, it builds into dist/ (a tiny fixture site) and serves it.
test('stopping npm start by its process id stops the preview server too', async () => {
	const port = await freePort();
	const url = `http://localhost:${port}/docs/`;
	const npm = spawn('npm', ['start'], {
		env: userEnv({ PORT: String(port), GLOSSARY_CONTENT: 'tests/fixtures/site-basic', ASTRO_TELEMETRY_DISABLED: '1' }),
		stdio: 'ignore',
	});
	try {
		await expect.poll(() => answers(url), { timeout: 90_000, interval: 500 }).toBe(true);
		npm.kill('SIGTERM');
		await expect.poll(() => answers(url), { timeout: 10_000, interval: 250 }).toBe(false);
	} finally {
		npm.kill('SIGKILL');
	}
}, 120_000);
