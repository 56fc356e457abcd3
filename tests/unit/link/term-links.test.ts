import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Link, Node, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { buildLinkIndex, linkTerms, usesEnglishPlurals, writtenWithoutSpaces, type LinkLanguage, type LinkTarget } from '../../../src/link/term-links.ts';

/** A node's text, as a reader sees it. */
const toString = (node: Node): string => ('value' in node ? String(node.value) : 'children' in node ? (node.children as Node[]).map(toString).join('') : '');

/** The links `linkTerms` makes in `markdown`, as `text → url`, and what it reports. */
function link(markdown: string, targets: readonly LinkTarget[], language: LinkLanguage = {}, self = 'self') {
	const tree: Root = fromMarkdown(markdown);
	const index = buildLinkIndex(targets, language.lang ?? 'en');
	const href = (slug: string, fallback: boolean) => (language.lang && !fallback ? `/${language.lang}/${slug}/` : `/${slug}/`);
	const report = linkTerms(tree, index, { self, auto: true, href, language });
	const links: string[] = [];
	visit(tree, 'link', (node: Link) => {
		const classes = (node.data?.hProperties?.['className'] as string[] | undefined) ?? [];
		if (classes.includes('term-link')) links.push(`${toString(node)} → ${node.url}`);
	});
	return { links, targets: report.targets.sort() };
}

describe('word boundaries per language', () => {
	test('which languages are written without spaces, and which take English plurals', () => {
		expect(['ja', 'zh-cn', 'zh-tw', 'th'].map(writtenWithoutSpaces)).toEqual([true, true, true, true]);
		expect(['en', 'es', 'ko', 'ur', 'hi', 'ru'].map(writtenWithoutSpaces)).toEqual([false, false, false, false, false, false]);
		expect(['en', 'en-gb', 'es', 'de'].map(usesEnglishPlurals)).toEqual([true, true, false, false]);
	});

	test('Chinese: a name inside a sentence with no spaces links where its words begin and end', () => {
		const targets = [
			{ slug: 'large-language-model', names: ['大型语言模型', 'LLM'] },
			{ slug: 'language-model', names: ['语言模型'] },
			{ slug: 'pre-training', names: ['预训练'] },
		];
		const { links } = link('预训练是大型语言模型的第一个阶段，语言模型也是。', targets, { lang: 'zh-cn', fallbackLang: 'en' });
		expect(links).toEqual(['预训练 → /zh-cn/pre-training/', '大型语言模型 → /zh-cn/large-language-model/', '语言模型 → /zh-cn/language-model/']);
	});

	test('Japanese: a name is not found inside a longer word', () => {
		const targets = [{ slug: 'model', names: ['モデル'] }];
		// "モデルナ" (a company) is one word; "モデル" at the end of the sentence is the name.
		const { links } = link('モデルナではなく、言語モデルの話です。', targets, { lang: 'ja', fallbackLang: 'en' });
		expect(links).toEqual(['モデル → /ja/model/']);
	});

	test('Japanese: Latin acronyms inside Japanese text match in their own case', () => {
		const targets = [{ slug: 'large-language-model', names: ['大規模言語モデル', 'LLM'] }];
		expect(link('LLMの仕組み', targets, { lang: 'ja', fallbackLang: 'en' }).links).toEqual(['LLM → /ja/large-language-model/']);
		expect(link('llmの仕組み', targets, { lang: 'ja', fallbackLang: 'en' }).links).toEqual([]);
	});

	test('English plurals link in English only', () => {
		const targets = [{ slug: 'token', names: ['Token'] }];
		expect(link('Models read tokens.', targets).links).toEqual(['tokens → /token/']);
		expect(link('Los modelos leen tokens.', targets, { lang: 'es', fallbackLang: 'en' }).links).toEqual([]);
		expect(link('Los modelos leen un token.', targets, { lang: 'es', fallbackLang: 'en' }).links).toEqual(['token → /es/token/']);
	});

	test('words with combining marks stay whole (Devanagari vowel signs)', () => {
		const targets = [{ slug: 'model', names: ['मॉडल'] }];
		expect(link('यह मॉडल है, मॉडलों नहीं।', targets, { lang: 'hi', fallbackLang: 'en' }).links).toEqual(['मॉडल → /hi/model/']);
	});
});

describe('translations', () => {
	test('a term not translated links to the default language page, marked with its language', () => {
		const targets = [
			{ slug: 'token', names: ['Token'], fallback: true },
			{ slug: 'fine-tuning', names: ['Ajuste fino'] },
		];
		const tree: Root = fromMarkdown('El ajuste fino cambia cada token.');
		const index = buildLinkIndex(targets, 'es');
		linkTerms(tree, index, { self: 'x', auto: true, href: (slug, fallback) => (fallback ? `/${slug}/` : `/es/${slug}/`), language: { lang: 'es', fallbackLang: 'en' } });
		const links: Link[] = [];
		visit(tree, 'link', (node: Link) => void links.push(node));
		expect(links.map((node) => [node.url, toString(node), node.data?.hProperties])).toEqual([
			['/es/fine-tuning/', 'ajuste fino', { className: ['term-link'], dataTerm: 'fine-tuning' }],
			['/token/', 'token (EN)', { className: ['term-link', 'term-link--fallback'], dataTerm: 'token', hrefLang: 'en', dir: 'auto' }],
		]);
	});

	test('a hand-written link to a page in the same language counts as a link', () => {
		const targets = [{ slug: 'token', names: ['Token'] }];
		expect(link('[ver](/es/token/)', targets, { lang: 'es', fallbackLang: 'en' }).targets).toEqual(['token']);
		expect(link('[see](/ja/token/)', targets, { lang: 'es', fallbackLang: 'en' }).targets).toEqual([]);
	});
});
