import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createBodyRenderer } from '../../src/render/body-render.ts';
import { validateContent } from '../../src/validate/content.ts';
import { skeleton } from '../../src/validate/look-alikes.ts';
import { formatProblem } from '../../src/validate/problem.ts';
import { fixtureContent } from '../helpers/fixtures.ts';
import { FRIENDLY_ERROR, fixtureReport } from '../helpers/validation.ts';

const report = (name: string) => fixtureReport(name);

describe('a valid glossary', () => {
	test('passes with no problems and yields normalised content', async () => {
		const result = await report('_base');
		expect(result.lines).toEqual([]);
		expect(result.warnings).toEqual([]);
		expect(result.content?.terms.map((term) => term.slug)).toEqual(['fine-tuning', 'neural-network', 'pre-training']);
		const preTraining = result.content!.terms.find((term) => term.slug === 'pre-training')!;
		expect(preTraining).toMatchObject({ aliases: ['Pretraining'], updated: '2026-11-20', draft: false, tags: [] });
		expect(preTraining.body).toContain('## What is pre-training?');
	});
});

// Each case is a fixture folder of the same name; the messages editors see are pinned here.
const cases = [
	'unknown-key',
	'required-missing',
	'wrong-types',
	'title-multiline',
	'category-unknown',
	'related-missing',
	'related-self',
	'related-draft',
	'title-duplicate',
	'title-duplicate-nfc',
	'alias-collisions',
	'date-invalid',
	'filename-invalid',
	'slug-reserved',
	'yaml-syntax',
	'frontmatter-missing',
	'stray-file',
	'site-invalid',
	'categories-invalid',
	'wiki-link-unknown',
	'invisible-characters',
	'invisible-in-config',
	'bidi-in-body',
	'nul-in-body',
	'bidi-in-yaml-comment',
	'alias-address',
	'look-alike-names',
	'mixed-script',
	'mixed-script-locale',
	'yaml-alias-bomb',
	'yaml-deep-nesting',
	'frontmatter-too-large',
	'body-too-deep',
	'ui-string-unknown',
	// Translations (content/<lang>/terms/)
	'translation-without-source',
	'title-duplicate-in-language',
	'language-folder-unknown',
	'locales-invalid',
	'slug-locale-reserved',
	'translation-category-unknown',
	'look-alike-in-language',
	'language-folder-without-locales',
	'reading-kanji',
];

describe.each(cases)('%s', (name) => {
	test('fails with every problem, each with file, line, field and a fix', async () => {
		const result = await report(name);
		expect(result.content).toBeUndefined();
		expect(result.lines.length).toBeGreaterThan(0);
		for (const line of result.lines) expect(line).toMatch(FRIENDLY_ERROR);
		expect(result.text).toMatchSnapshot();
	});
});

// Quality warnings: each on a fixture of its own name; they never stop the build.
const warningCases = [
	'warning-summary-long',
	'warning-summary-sentences',
	'warning-summary-circular',
	'warning-section-missing',
	'warning-faq-repeated',
	'warning-body-empty',
	'warning-markup-in-frontmatter',
	'warning-reading-missing',
];

describe.each(warningCases)('%s', (name) => {
	test('warns, with file, line, field and a fix, without failing', async () => {
		const result = await report(name);
		expect(result.lines).toEqual([]);
		expect(result.content).toBeDefined();
		expect(result.warnings.length).toBeGreaterThan(0);
		for (const line of result.warnings) expect(line).toMatch(/^tests\/\.output\/fixtures\/[^:]+:\d+: warning: .+ — .+/);
		expect(result.warnings.join('\n')).toMatchSnapshot();
	});
});

describe('specific rules', () => {
	test('a misspelt field is named with its line and the likely intended field', async () => {
		const { lines } = await report('unknown-key');
		expect(lines).toEqual([
			'tests/.output/fixtures/unknown-key/terms/fine-tuning.md:4: catgory: is not a known field — rename it to "category", which is required and missing',
		]);
	});

	test('a TODO left from the template is an error at its line, and only a warning while writing (npm run dev)', async () => {
		const result = await report('todo-left');
		expect(result.content).toBeUndefined();
		const message = 'still has a TODO from the template — replace each TODO with real text';
		expect(result.lines).toEqual([`tests/.output/fixtures/todo-left/terms/fine-tuning.md:14: ${message}`]);
		const writing = await validateContent(await fixtureContent('todo-left'), { templateTodos: 'warning' });
		expect(writing.content).toBeDefined();
		expect(writing.problems.map(formatProblem)).toEqual([`tests/.output/fixtures/todo-left/terms/fine-tuning.md:14: warning: ${message}`]);
	});

	test('an impossible calendar date is rejected, not rolled over', async () => {
		const { lines } = await report('date-invalid');
		expect(lines.join('\n')).toContain('fine-tuning.md:5: updated: is not a real date — write it as YYYY-MM-DD');
	});

	test('titles that differ only in Unicode normalisation or case are duplicates', async () => {
		expect((await report('title-duplicate-nfc')).lines.join('\n')).toMatch(/cafe\.md:2: title: "Café" is already the title of .*cafe-2\.md/);
		expect((await report('title-duplicate')).lines.join('\n')).toMatch(/finetuning\.md:2: title: "FINE-TUNING" is already the slug of .*\/fine-tuning\.md/);
	});

	test('every problem in every file is reported in one run', async () => {
		const { lines } = await report('alias-collisions');
		expect(lines.length).toBeGreaterThanOrEqual(6);
		expect(new Set(lines.map((line) => line.split(':')[0])).size).toBe(2);
	});

	test('a [[link]] to a term that does not exist names its line in the file and the likely term', async () => {
		const { lines } = await report('wiki-link-unknown');
		expect(lines).toEqual([
			expect.stringMatching(/fine-tuning\.md:10: body: \[\[pre-trainig\]\] is not a term — .* \(did you mean "pre-training"\?\)$/),
			expect.stringMatching(/fine-tuning\.md:12: body: \[\[no-such-term\]\] is not a term/),
		]);
	});

	test('a term that nothing links to is an orphan: a warning, not an error', async () => {
		const result = await report('orphan');
		expect(result.lines).toEqual([]);
		expect(result.content).toBeDefined();
		expect(result.warnings).toEqual([
			'tests/.output/fixtures/orphan/terms/lonely.md:2: warning: title: no other term links here (an orphan) — add it to a related term\'s "related", or mention it in another body',
		]);
	});

	test.each(['yaml-alias-bomb', 'yaml-deep-nesting', 'frontmatter-too-large'])('%s is refused within a second', async (name) => {
		const paths = await fixtureContent(name);
		const started = performance.now();
		const result = await validateContent(paths);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(result.content).toBeUndefined();
	});

	test('a body over 512 KB is refused before it is rendered', async () => {
		const paths = await fixtureContent('_base');
		await writeFile(join(paths.terms, 'fine-tuning.md'), `${await readFile(join(paths.terms, 'fine-tuning.md'), 'utf8')}\n${'Long text. '.repeat(60_000)}\n`);
		const started = performance.now();
		const result = await validateContent(paths);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(result.problems.map(formatProblem)).toContain(
			'tests/.output/fixtures/_base/terms/fine-tuning.md:7: body: is 645 KB, more than the 512 KB allowed — shorten it or split the entry',
		);
	});

	test('a body the markdown parser cannot read (its stack overflows) is a problem, not a crash', async () => {
		const render = await createBodyRenderer({ targets: [], base: '/' }, 'render');
		const result = await render({ slug: 'deep', body: '>'.repeat(20_000), autolink: false });
		expect(result.failed).toMatch(/call stack/);
	});

	test('balanced right-to-left isolates and marks in a body are allowed, an unclosed override is not', async () => {
		const { lines } = await report('bidi-in-body');
		expect(lines.map((line) => line.split(': ')[0])).toEqual([
			'tests/.output/fixtures/bidi-in-body/terms/fine-tuning.md:10',
			'tests/.output/fixtures/bidi-in-body/terms/fine-tuning.md:16',
		]);
	});

	test('look-alike names are compared as readers see them, by their UTS #39 skeletons', () => {
		expect(skeleton('Pаypal')).toBe(skeleton('Paypal'));
		expect(skeleton('rnodel')).toBe(skeleton('model'));
		expect(skeleton('llama')).toBe(skeleton('l1ama'));
		// Case is kept: an abbreviation "1R" does not look like "LR".
		expect(skeleton('1R')).not.toBe(skeleton('LR'));
	});

	test('a site in a Cyrillic-script language may mix Latin and Cyrillic in a word, not Greek and Latin', async () => {
		const text = (await report('mixed-script-locale')).lines.join('\n');
		expect(text).not.toContain('iPhoneом');
		expect(text).toContain('"αlpha" mixes Latin and Greek letters');
	});

	test('a word the site allows may mix scripts', async () => {
		const { lines } = await report('mixed-script');
		expect(lines.join('\n')).not.toContain('μTorrent');
		expect(lines.join('\n')).toContain('U+0430 CYRILLIC SMALL LETTER A');
	});

	test('a missing site.yml is reported with what to put in it', async () => {
		const paths = await fixtureContent('_base');
		await rm(paths.site);
		const result = await validateContent(paths);
		expect(result.problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([
			'tests/.output/fixtures/_base/site.yml:1: is missing — create it with the site name, url, description and publisher (see README, "Configure the site")',
		]);
	});
});
