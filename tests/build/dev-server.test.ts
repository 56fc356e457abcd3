import { spawn, type ChildProcess } from 'node:child_process';
import { open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { userEnv } from '../helpers/cli.ts';
import { freePort } from '../helpers/ports.ts';
import { fixtureContent } from '../helpers/fixtures.ts';
import { BODIES_CHECKED } from '../../src/load/term-loader.ts';

let server: ChildProcess;
let output = '';
let origin = '';
let terms = '';

const page = async (path: string) => (await fetch(`${origin}${path}`)).text();
const terminal = () => stripVTControlCharacters(output);
const YAML_BROKEN = '---\ntitle: Fine-tuning\nsummary: Further training: of a model.\ncategory: training\n---\n\n## What is fine-tuning?\n';
const YAML_MESSAGE = 'fine-tuning.md:3: is not valid YAML: Nested mappings are not allowed in compact mappings — check indentation';

beforeAll(async () => {
	const content = await fixtureContent('_base');
	terms = content.terms;
	await writeFile(join(terms, 'broken-term.md'), '---\ntitle: Broken term\nsummary: A broken entry.\ncatgory: training\n---\n\n## What is a broken term?\n');
	await writeFile(join(terms, 'broken-yaml.md'), YAML_BROKEN.replace('Fine-tuning', 'Broken YAML'));
	await writeFile(join(terms, 'linking-term.md'), '---\ntitle: Linking term\nsummary: A term whose body links to others.\ncategory: training\n---\n\n## What is a linking term?\n\nIt builds on [[neural-network]] and [[no-such-term]].\n');
	await writeFile(join(terms, 'half-written.md'), '---\ntitle: Half written\nsummary: A term still being written.\ncategory: training\n---\n\n## What is half written?\n\nTODO: explain it.\n');
	const port = await freePort();
	origin = `http://localhost:${port}`;
	const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
	server = spawn(process.execPath, [astro, 'dev', '--port', String(port)], {
		env: userEnv({ GLOSSARY_CONTENT: content.root, ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' }),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	server.stdout!.on('data', (chunk) => (output += chunk));
	server.stderr!.on('data', (chunk) => (output += chunk));
	// Ready once it answers with the synced content, not merely once it listens.
	for (let waited = 0; waited < 60_000; waited += 500) {
		const status = await fetch(`${origin}/pre-training/`).then((response) => response.status, () => 0);
		if (status === 200) break;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}, 90_000);

afterAll(() => {
	server?.kill();
});

describe('npm run dev with an invalid entry', () => {
	test('keeps serving the rest of the glossary', async () => {
		expect(await page('/pre-training/')).toContain('Pre-training');
	});

	test("shows the entry's problems on its own page: one problem for one typo", async () => {
		const html = await page('/broken-term/');
		expect(html).toContain('This entry has a problem');
		expect(html).toContain('broken-term.md:4: catgory: is not a known field — rename it to &quot;category&quot;, which is required and missing');
	});

	test('prints the gateway’s message in the terminal, not Astro’s', () => {
		expect(terminal()).toMatch(/\[ERROR\] \[glossary-terms\] .*broken-term\.md:4: catgory: is not a known field — rename it to "category"/);
		expect(terminal()).not.toContain('**');
	});

	test('prints no error or warning of its own: only the content’s problems', () => {
		const own = terminal()
			.split('\n')
			.filter((line) => /\[(ERROR|WARN)\]/.test(line) && !line.includes('[glossary-terms]'));
		expect(own).toEqual([]);
	});

	test('checks every body after it starts serving: then an unknown [[link]] is reported, on the page and in the terminal, and "referenced by" lists fill in', async () => {
		await expect.poll(terminal, { timeout: 30_000 }).toContain(BODIES_CHECKED);
		const message = 'linking-term.md:9: body: [[no-such-term]] is not a term — link to an existing term\'s file name without ".md"';
		expect(terminal()).toContain(message);
		expect(terminal().split(message)).toHaveLength(2); // said once, not again by each check
		expect(await page('/linking-term/')).toContain(message.replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
		const referenced = await page('/neural-network/');
		expect(referenced).toMatch(/id="referenced-by"[^>]*>Referenced by<\/h2>[\s\S]*?>Linking term<\/a>/);
	});

	test('a TODO left from the template is no error while writing: the page shows as it will', async () => {
		const html = await page('/half-written/');
		expect(html).toContain('A term still being written.');
		expect(html).not.toContain('This entry has');
	});

	test('a YAML syntax error does not stop the server, and shows on the page as npm run validate words it', async () => {
		expect(await page('/broken-yaml/')).toContain(YAML_MESSAGE.replace('fine-tuning', 'broken-yaml'));
		expect(terminal()).not.toContain('bad indentation');
	});

	test('a YAML syntax error saved while the server runs replaces the old page with the problem, and fixing it brings the page back', async () => {
		const good = await page('/fine-tuning/');
		expect(good).toContain('Fine-tuning');
		await writeFile(join(terms, 'fine-tuning.md'), YAML_BROKEN);
		await expect.poll(() => page('/fine-tuning/'), { timeout: 15_000, interval: 250 }).toContain(YAML_MESSAGE);
		await expect.poll(terminal, { timeout: 5_000 }).toMatch(/\[ERROR\] \[glossary-terms\] .*fine-tuning\.md:3: is not valid YAML/);
		await writeFile(join(terms, 'fine-tuning.md'), YAML_BROKEN.replace('training: of', 'training of'));
		await expect.poll(() => page('/fine-tuning/'), { timeout: 15_000, interval: 250 }).not.toContain('is not valid YAML');
	});

	test('a save that empties the file, then writes it a moment later, shows what was written', async () => {
		const file = join(terms, 'pre-training.md');
		const saved = await readFile(file, 'utf8');
		// The watcher reports the file emptied, then holds back its next change for 50 ms: the
		// check it started reads an empty file, and nothing reports the write.
		const handle = await open(file, 'w');
		await new Promise((resolve) => setTimeout(resolve, 25));
		await handle.write(saved.replace('title: Pre-training', 'title: Pre-training, saved again'));
		await handle.close();
		// Not asked for meanwhile: a page requested while its entry is stored again was seen to keep
		// the old entry (2 runs in 4), a race apart from this one.
		await new Promise((resolve) => setTimeout(resolve, 3000));
		await expect.poll(() => page('/pre-training/'), { timeout: 15_000, interval: 250 }).toContain('Pre-training, saved again');
	});
});
