import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../../src/validate/content.ts';
import { formatProblem, sortProblems } from '../../../src/validate/problem.ts';
import { fixtureContent } from '../../helpers/fixtures.ts';

const messages = (report: Awaited<ReturnType<typeof validateContent>>) => sortProblems(report.problems).map(formatProblem);

describe('the cache of read term files', () => {
	test.each(['unknown-key', 'yaml-syntax', 'bidi-in-yaml-comment', 'title-duplicate', 'todo-left'])(
		'a check from the cache reports what a check of the files does, lines included (%s)',
		async (fixture) => {
			const paths = await fixtureContent(fixture);
			const cacheFolder = join(paths.root, '.cache');
			const fromFiles = messages(await validateContent(paths, { cacheFolder }));
			const fromCache = messages(await validateContent(paths, { cacheFolder }));
			expect(fromFiles.length).toBeGreaterThan(0);
			expect(fromCache).toEqual(fromFiles);
		},
	);

	test('a file changed since the last check is read again; a deleted one is gone', async () => {
		const paths = await fixtureContent('_base');
		const cacheFolder = join(paths.root, '.cache');
		expect(messages(await validateContent(paths, { cacheFolder }))).toEqual([]);
		const file = join(paths.terms, 'fine-tuning.md');
		await writeFile(file, (await readFile(file, 'utf8')).replace(/^category: .*$/m, 'catgory: training'));
		const edited = messages(await validateContent(paths, { cacheFolder }));
		expect(edited.join('\n')).toMatch(/fine-tuning\.md:4: catgory: is not a known field/);
		await rm(file);
		const deleted = await validateContent(paths, { cacheFolder });
		expect(deleted.documents.map((doc) => doc.slug)).not.toContain('fine-tuning');
	});
});
