import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { contentPaths } from '../../src/load/paths.ts';
import { validateContent } from '../../src/validate/content.ts';
import { SITES } from './sites.ts';

const HOSTILE_CONTENT = SITES.hostile.content;
const FIXTURE = 'tests/fixtures/site-hostile';
const MANIFEST = 'tests/.output/content/hostile-payloads.json';

/** One generated term, with each text field as validation published it (trimmed, NFC). */
export interface PublishedPayload {
	slug: string;
	title: string;
	summary: string;
	alias: string;
	tag: string;
	question: string;
	answer: string;
}

/** What breaks out of HTML, XML, JSON or a script element, and what merely looks like markup. */
const FRAGMENTS = [
	'<', '>', '&', '"', "'", '`', '</script>', '<script>', '<!--', '-->', '\u2028', '\u2029', ']]>', '&amp;', '</title>',
	'<img src=x onerror=alert(1)>', '<b>', '[x](javascript:alert(1))', '\\', '${x}', '*em*', '\n', '\t', '\u200b', '\u202e',
];

/**
 * Random text: markup fragments and any Unicode (controls and invisible characters included),
 * in any order. Validation decides which of it may be published.
 */
export const hostileText = fc
	.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 6 })), { minLength: 1, maxLength: 8 })
	.map((parts) => parts.join(''));

function termFile(index: number, text: string): string {
	const value = (prefix: string) => JSON.stringify(`${prefix} ${index} ${text}`);
	return [
		'---',
		`title: ${value('Payload')}`,
		`summary: ${value('Summary')}`,
		'category: markup',
		`aliases: [${value('Alias')}]`,
		`tags: [${JSON.stringify(text)}]`,
		'related: [script-element]',
		'faq:',
		`  - question: ${value('Question')}`,
		`    answer: ${JSON.stringify(text)}`,
		'updated: 2026-11-01',
		'---',
		'',
		'## What is it?',
		'',
		'A generated entry.',
		'',
	].join('\n');
}

/**
 * Writes the hostile glossary: the fixture, whose every text field looks like markup, plus
 * terms whose fields carry random text. Terms that validation refuses are dropped, so what is
 * built is exactly what validation accepts; the accepted values are saved for the tests.
 */
export async function writeHostileGlossary(seed = 9, count = 40): Promise<void> {
	await rm(HOSTILE_CONTENT, { recursive: true, force: true });
	await mkdir(HOSTILE_CONTENT, { recursive: true });
	await cp(FIXTURE, HOSTILE_CONTENT, { recursive: true });
	const texts = fc.sample(hostileText, { seed, numRuns: count });
	const generated = texts.map((_, index) => join(HOSTILE_CONTENT, 'terms', `generated-${index}.md`));
	await Promise.all(generated.map((file, index) => writeFile(file, termFile(index, texts[index]!))));

	const paths = contentPaths(HOSTILE_CONTENT);
	for (let round = 0; round < 5; round++) {
		const report = await validateContent(paths);
		if (report.content) {
			const payloads = report.content.terms
				.filter((term) => term.slug.startsWith('generated-'))
				.map((term): PublishedPayload => ({
					slug: term.slug,
					title: term.title,
					summary: term.summary,
					alias: term.aliases[0]!,
					tag: term.tags[0]!,
					question: term.faq[0]!.question,
					answer: term.faq[0]!.answer,
				}));
			await writeFile(MANIFEST, JSON.stringify(payloads, null, '\t'));
			return;
		}
		const refused = new Set(report.problems.filter((problem) => problem.severity === 'error').map((problem) => basename(problem.file)));
		const toDrop = generated.filter((file) => refused.has(basename(file)));
		if (toDrop.length === 0) throw new Error(`The hostile glossary's fixture is invalid:\n${report.problems.map((problem) => problem.message).join('\n')}`);
		await Promise.all(toDrop.map((file) => rm(file, { force: true })));
	}
	throw new Error('The hostile glossary did not validate after dropping refused terms');
}

/** The generated terms that were published, as validation accepted them. */
export async function publishedPayloads(): Promise<PublishedPayload[]> {
	return JSON.parse(await readFile(MANIFEST, 'utf8')) as PublishedPayload[];
}
