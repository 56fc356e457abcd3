import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import original from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../../src/load/frontmatter.ts';
import { remarkSmartypants } from '../../../src/render/remark-smartypants.ts';

const ours = unified().use(remarkParse).use(remarkGfm).use(remarkSmartypants);
const astros = unified().use(remarkParse).use(remarkGfm).use(original);
interface MarkdownProcessor {
	parse(markdown: string): Root;
	runSync(tree: Root): unknown;
}
const treeOf = (processor: MarkdownProcessor, markdown: string) => processor.runSync(processor.parse(markdown)) as Root;

const TRICKY = [
	'He said "hello" -- and \'bye\'... Then ``quoted\'\' text.',
	'It\'s a [link "with" quotes](/x/) and **bold \'part\'** done, in the \'90s.',
	'- A list item with "quotes" and --- dashes . . . spaced.',
	'| a "b" | c\'s |\n|---|---|\n| d -- e | `code "x"` f |',
	'# Heading "quoted"\n\n"Start of block" and an end "',
	'Nothing to change here at all.',
	'`inline "code"` then "text" -- with `more` code.',
];

describe('SmartyPants for term bodies', () => {
	test.each(TRICKY)('gives what Astro’s remark-smartypants gives: %s', (markdown) => {
		expect(treeOf(ours, markdown)).toEqual(treeOf(astros, markdown));
	});

	test('gives what Astro’s remark-smartypants gives for every demo entry', () => {
		const folder = 'content/terms';
		for (const file of readdirSync(folder)) {
			const { body } = splitFrontmatter(readFileSync(join(folder, file), 'utf8'));
			expect(treeOf(ours, body), file).toEqual(treeOf(astros, body));
		}
	});

	test('curls quotes and turns double hyphens into dashes', () => {
		const paragraph = treeOf(ours, 'It\'s "done" -- mostly...').children[0];
		expect(JSON.stringify(paragraph)).toContain('It’s “done” — mostly…');
	});
});
