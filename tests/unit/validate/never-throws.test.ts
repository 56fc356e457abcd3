import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../../src/validate/content.ts';
import { formatProblem } from '../../../src/validate/problem.ts';
import { fixtureContent } from '../../helpers/fixtures.ts';
import { hostileText } from '../../helpers/hostile-glossary.ts';

const FIELDS = ['title', 'summary', 'category', 'aliases', 'tags', 'related', 'faq', 'updated', 'draft', 'autolink', 'catgory'];

/** Frontmatter values of any shape: hostile text, numbers, lists and mappings nested deep. */
const value = fc.letrec((tie) => ({
	any: fc.oneof({ depthSize: 'small' }, hostileText, fc.double(), fc.boolean(), fc.constant(null), tie('list'), tie('map')),
	list: fc.array(tie('any'), { maxLength: 4 }),
	map: fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS, 'question', 'answer'), hostileText), tie('any'), { maxKeys: 4 }),
})).any;

/** A term file: frontmatter as JSON (which is YAML) or as raw text, and a body of hostile text. */
const termFile = fc.oneof(
	fc.record({ frontmatter: fc.dictionary(fc.constantFrom(...FIELDS), value).map((data) => JSON.stringify(data)), body: hostileText }),
	fc.record({ frontmatter: hostileText, body: hostileText }),
	fc.record({ frontmatter: fc.nat({ max: 3000 }).map((depth) => `tags: ${'['.repeat(depth)}${']'.repeat(depth)}`), body: hostileText }),
	fc.record({ frontmatter: fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })).map(([levels, width]) => aliasBomb(levels, width)), body: hostileText }),
);

/** Anchors whose aliases expand `width` times at each of `levels` levels ("billion laughs"). */
function aliasBomb(levels: number, width: number): string {
	const lines = ['l0: &l0 [lol]'];
	for (let level = 1; level <= levels; level++) lines.push(`l${level}: &l${level} [${Array(width).fill(`*l${level - 1}`).join(', ')}]`);
	return lines.join('\n');
}

describe('validation of random content', () => {
	test('never throws: the result is valid content or a list of problems, each with a fix', async () => {
		const paths = await fixtureContent('_base');
		const folder = join(paths.terms, '..', 'random');
		await fc.assert(
			fc.asyncProperty(fc.array(termFile, { minLength: 1, maxLength: 3 }), hostileText, async (files, siteName) => {
				await rm(paths.terms, { recursive: true, force: true });
				await mkdir(paths.terms, { recursive: true });
				await Promise.all(files.map(({ frontmatter, body }, index) => writeFile(join(paths.terms, `term-${index}.md`), `---\n${frontmatter}\n---\n${body}\n`)));
				await writeFile(paths.site, `name: ${JSON.stringify(siteName)}\ndescription: Random.\nurl: https://random.test\npublisher: { name: R, url: https://random.test }\n`);
				const report = await validateContent(paths);
				const errors = report.problems.filter((problem) => problem.severity === 'error');
				expect(report.content === undefined).toBe(errors.length > 0);
				for (const problem of report.problems) expect(formatProblem(problem)).toMatch(/^[^:]+(:\d+)?: .+ — .+/s);
			}),
			{ numRuns: 150, seed: 9 },
		);
		await rm(folder, { recursive: true, force: true });
	}, 60_000);

	test('never throws on random translations and translated categories either', async () => {
		const paths = await fixtureContent('translations');
		const folder = join(paths.root, 'es');
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(fc.constantFrom('fine-tuning', 'pre-training', 'neural-network', 'no-source', 'es'), termFile), { minLength: 1, maxLength: 3 }),
				fc.oneof(value.map((data) => JSON.stringify(data)), hostileText),
				async (files, categories) => {
					await rm(folder, { recursive: true, force: true });
					await mkdir(join(folder, 'terms'), { recursive: true });
					await writeFile(join(folder, 'categories.yml'), categories);
					for (const [slug, { frontmatter, body }] of files) await writeFile(join(folder, 'terms', `${slug}.md`), `---\n${frontmatter}\n---\n${body}\n`);
					const report = await validateContent(paths);
					const errors = report.problems.filter((problem) => problem.severity === 'error');
					expect(report.content === undefined).toBe(errors.length > 0);
					for (const problem of report.problems) expect(formatProblem(problem)).toMatch(/^[^:]+(:\d+)?: .+ — .+/s);
				},
			),
			{ numRuns: 100, seed: 11 },
		);
	}, 60_000);
});
