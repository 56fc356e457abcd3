import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli } from '../helpers/cli.ts';

const ROOT = 'tests/.output/readme';

/** The README's sample `npm run validate` output: the ```text block in "Add a term". */
async function readmeSample(): Promise<string> {
	const readme = await readFile('README.md', 'utf8');
	const section = readme.slice(readme.indexOf('Run `npm run validate`'));
	return /```text\n([\s\S]*?)\n\s*```/.exec(section)![1]!.replace(/^ +/gm, '');
}

test("the README's validate sample is what the tool prints for the mistakes it shows", async () => {
	await rm(ROOT, { recursive: true, force: true });
	await cp('content', join(ROOT, 'content'), { recursive: true });
	const edit = async (name: string, from: string, to: string) => {
		const file = join(ROOT, 'content/terms', name);
		await writeFile(file, (await readFile(file, 'utf8')).replace(from, to));
	};
	await edit('vector-database.md', '\ncategory: data\n', '\ncatgory: data\n');
	await edit('semantic-search.md', 'related: [embedding, vector-database,', 'related: [embeding, vector-database,');
	const result = await runCli('validate', [], join(ROOT, 'content'));
	expect(result.code).toBe(1);
	const printed = result.stderr.replaceAll(`${ROOT}/`, '').replace(/, \d+\.\d+ s\./, ', … s.').trim();
	expect((await readmeSample()).replace(/, \d+\.\d+ s\./, ', … s.')).toBe(printed.replace(/\n\n/, '\n'));
});
