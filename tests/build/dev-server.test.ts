import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { userEnv } from '../helpers/cli.ts';
import { fixtureContent } from '../helpers/fixtures.ts';

const PORT = 4391;
let server: ChildProcess;
let output = '';

beforeAll(async () => {
	const content = await fixtureContent('_base');
	await writeFile(join(content.terms, 'broken-term.md'), '---\ntitle: Broken term\nsummary: A broken entry.\ncatgory: training\n---\n\n## What is a broken term?\n');
	const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
	server = spawn(process.execPath, [astro, 'dev', '--port', String(PORT)], {
		env: userEnv({ GLOSSARY_CONTENT: content.root, ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' }),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	server.stdout!.on('data', (chunk) => (output += chunk));
	server.stderr!.on('data', (chunk) => (output += chunk));
	// Ready once it answers with the synced content, not merely once it listens.
	for (let waited = 0; waited < 60_000; waited += 500) {
		const status = await fetch(`http://localhost:${PORT}/pre-training/`).then((response) => response.status, () => 0);
		if (status === 200) break;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}, 90_000);

afterAll(() => {
	server?.kill();
});

describe('npm run dev with an invalid entry', () => {
	test('keeps serving the rest of the glossary', async () => {
		const response = await fetch(`http://localhost:${PORT}/pre-training/`);
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('Pre-training');
	});

	test("shows the entry's problems on its own page", async () => {
		const response = await fetch(`http://localhost:${PORT}/broken-term/`);
		const html = await response.text();
		expect(html).toContain('This entry has 2 problems');
		expect(html).toContain('broken-term.md:4: catgory: is not a known field — did you mean &quot;category&quot;?');
	});

	test('reports it loudly in the terminal', () => {
		expect(stripVTControlCharacters(output)).toMatch(/\[ERROR\] \[glossary-terms\] .*broken-term\.md:4: catgory: is not a known field/);
	});
});
