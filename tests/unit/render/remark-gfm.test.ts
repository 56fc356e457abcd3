import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import remarkGfmOriginal from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../../src/load/frontmatter.ts';
import { parseMarkdown, remarkGfm } from '../../../src/render/remark-gfm.ts';

const original = unified().use(remarkParse).use(remarkGfmOriginal);

/** Every body of the demo and of the fixtures: real entries, hostile ones included. */
function bodies(): [string, string][] {
	const files = ['content', 'tests/fixtures'].flatMap((folder) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md')).map((file) => join(folder, file)));
	return files.map((file) => [file, splitFrontmatter(readFileSync(file, 'utf8')).body]);
}

/** Each GFM construct at least once, and text that only looks like one. */
const TRICKY = [
	'| a | b |\n| --- | :-: |\n| c | d |',
	'a | b\n--|--\nc | d',
	'Not a table: a - b\n---',
	'A table without pipes:\n\na\n-:',
	'> a\n> :-:',
	'~~struck~~ and ~one~ and a ~ alone',
	'A note[^1].\n\n[^1]: The note.',
	'- [ ] to do\n- [x] done\n- [link](/x/)',
	'Mail a@b.co, see www.example.com or HTTPS://example.org/x?y=1.',
	'WWW.Example.com and mailto:a@b.co and xmpp:a@b.co/c',
	'Only an address: https://example.org/a.',
	'http without a colon, www without a dot, an @ alone',
	'[[wiki-link]] and [[other|label]] and [^not a note',
	'<div>raw html</div> and `code | with ~ marks`',
];

/** Markdown-ish text: words, the characters GFM's constructs start on, and line breaks. */
const markdownish = fc
	.array(fc.constantFrom('a', 'b ', 'w', 'www.', 'h', 'http:', 'https://', '@', '.', '|', '-', ':', ':-', '-:', '\t', '   ', '~', '~~', '[', ']', '[^', '^', '(', ')', 'x', ' ', '\n', '\n\n', '- ', '* ', '> ', '#', '`', '\\', '*', '_', '1. ', '<', '>', 'é', '日本'), { maxLength: 60 })
	.map((parts) => parts.join(''));

describe('GFM parsed with only the constructs a text can hold', () => {
	test.each(TRICKY)('gives remark-gfm’s tree: %j', (markdown) => {
		expect(parseMarkdown(markdown)).toEqual(original.parse(markdown));
	});

	test('gives remark-gfm’s tree for every demo and fixture body', () => {
		const all = bodies();
		expect(all.length).toBeGreaterThan(100);
		for (const [file, body] of all) expect(parseMarkdown(body), file).toEqual(original.parse(body));
	});

	test('gives remark-gfm’s tree for any markdown-ish text', () => {
		fc.assert(
			fc.property(markdownish, (markdown) => {
				expect(parseMarkdown(markdown)).toEqual(original.parse(markdown));
			}),
			{ numRuns: Number(process.env['GFM_RUNS']) || 3000 },
		);
	});

	test('still parses every construct where its marks are', () => {
		const tree = JSON.stringify(parseMarkdown(TRICKY.join('\n\n')));
		for (const type of ['"table"', '"delete"', '"footnoteReference"', '"footnoteDefinition"', '"checked":true', '"url":"mailto:a@b.co"', '"url":"http://www.example.com"']) {
			expect(tree).toContain(type);
		}
	});

	test('renders the same HTML as Astro’s own GFM in Astro’s pipeline', async () => {
		const [astros, ours] = await Promise.all([
			createMarkdownProcessor({ syntaxHighlight: false, smartypants: false }),
			createMarkdownProcessor({ syntaxHighlight: false, smartypants: false, gfm: false, remarkPlugins: [remarkGfm] }),
		]);
		for (const [file, body] of [...bodies(), ...TRICKY.map((markdown, index): [string, string] => [`tricky ${index}`, markdown])]) {
			const [expected, actual] = await Promise.all([astros.render(body), ours.render(body)]);
			expect(actual.code, file).toBe(expected.code);
		}
	});
});
