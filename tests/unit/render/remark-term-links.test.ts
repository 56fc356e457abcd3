import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { buildLinkIndex } from '../../../src/link/term-links.ts';
import { remarkTermLinks, type TermLinkReport } from '../../../src/render/remark-term-links.ts';

const FIXTURES = 'tests/fixtures/term-links';

const index = buildLinkIndex([
	{ slug: 'large-language-model', names: ['Large language model', 'LLM'] },
	{ slug: 'language-model', names: ['Language model'] },
	{ slug: 'token', names: ['Token'] },
	{ slug: 'embedding', names: ['Embedding'] },
	{ slug: 'bias', names: ['Bias', 'Algorithmic bias'] },
	{ slug: 'artificial-intelligence', names: ['Artificial intelligence', 'AI'] },
	{ slug: 'fine-tuning', names: ['Fine-tuning'] },
]);

async function render(markdown: string, frontmatter: Record<string, unknown> = {}) {
	const file = new VFile({ value: markdown, path: '/content/terms/fine-tuning.md', data: { astro: { frontmatter } } });
	const processor = unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkTermLinks, { index })
		.use(remarkRehype)
		.use(rehypeStringify);
	const html = String(await processor.process(file)).trim();
	return { html, links: file.data.astro?.frontmatter?.['termLinks'] as TermLinkReport };
}

const cases = readdirSync(FIXTURES)
	.filter((name) => name.endsWith('.md') && name !== 'README.md')
	.map((name) => name.replace(/\.md$/, ''));

describe('remarkTermLinks on markdown fixtures', () => {
	test.each(cases.filter((name) => name !== 'wiki-links'))('%s', async (name) => {
		const { html } = await render(readFileSync(join(FIXTURES, `${name}.md`), 'utf8'));
		expect(html).toBe(readFileSync(join(FIXTURES, `${name}.html`), 'utf8').trim());
	});

	test('wiki-links: [[slug]] and [[slug|label]] link, an unknown slug is reported with its line', async () => {
		const markdown = readFileSync(join(FIXTURES, 'wiki-links.md'), 'utf8');
		const { links } = await render(markdown);
		expect(links.unknown).toEqual([{ slug: 'no-such-term', line: 1 }]);
		const { html } = await render(markdown.replace(' and [[no-such-term]]', ''));
		expect(html).toBe(readFileSync(join(FIXTURES, 'wiki-links.html'), 'utf8').trim());
	});
});

describe('what the plugin hands on', () => {
	test('the terms a body links to, for "referenced by"', async () => {
		const { links } = await render('A [token](/token/) and an embedding, and [[bias]] too. Fine-tuning is this page.');
		expect(links.targets).toEqual(['token', 'bias', 'embedding']);
	});

	test('autolink: false keeps [[links]] and turns off automatic ones', async () => {
		const { html, links } = await render('A token and [[embedding]].', { autolink: false });
		expect(html).toBe('<p>A token and <a href="/embedding/" class="term-link" data-term="embedding">Embedding</a>.</p>');
		expect(links.targets).toEqual(['embedding']);
	});
});
