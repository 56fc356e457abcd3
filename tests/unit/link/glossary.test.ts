import { expect, test } from 'vitest';
import { buildGlossary, type LinkedTerm } from '../../../src/link/glossary.ts';

function term(slug: string, title: string, extra: Partial<LinkedTerm> = {}): LinkedTerm {
	return { slug, title, summary: '…', category: 'models', aliases: [], tags: [], related: [], faq: [], draft: false, autolink: true, lang: 'ja', file: `content/ja/terms/${slug}.md`, words: 1, links: [], headings: [], ...extra };
}

test('a title in kanji files and sorts by its reading, in the row of the kana it starts with', () => {
	const glossary = buildGlossary({
		terms: [
			term('token', 'トークン'),
			term('pre-training', '事前学習', { reading: 'じぜんがくしゅう', aliases: ['プレトレーニング'] }),
			term('large-language-model', '大規模言語モデル', { reading: 'だいきぼげんごもでる' }),
			term('hallucination', 'ハルシネーション', { aliases: ['幻覚'] }),
		],
		categories: { models: { name: 'モデル', description: '…' } },
		locale: 'ja',
		letterPagesAfter: 100,
	});
	const filed = Object.fromEntries(glossary.index.filter((group) => group.items.length > 0).map((group) => [group.letter, group.items.map((entry) => entry.title)]));
	// だ before と: "だいきぼ…" sorts before "トークン", as a Japanese index has it. An alias has no reading: 幻覚 stays under #.
	expect(filed).toEqual({ '#': ['幻覚'], さ: ['事前学習'], た: ['大規模言語モデル', 'トークン'], は: ['ハルシネーション', 'プレトレーニング'] });
	expect(glossary.terms.map((entry) => entry.slug)).toEqual(['pre-training', 'large-language-model', 'token', 'hallucination']);
});
