/**
 * Writes a valid synthetic glossary of any size for the benchmark: `site.yml`, twelve categories
 * and `termCount` term files with aliases, tags, related terms, FAQ and bodies that link to each
 * other. The same seed always gives the same files. With `translations` (e.g. `es,ja`), every
 * term also gets a translation into each of those languages (see `pseudoTranslate`).
 *
 *   node tests/bench/generate.ts <folder> <count> [seed] [words per body] [translations, e.g. es,ja]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fnv1a } from '../../src/index/parts.ts';
import { RESERVED_SLUGS } from '../../src/link/routes.ts';
import { identityKey, slugify } from '../../src/validate/keys.ts';
import { aliasCandidates, body, faq, summary, TAGS, termTitle } from './prose.ts';
import { createRandom, type Random } from './random.ts';

export interface GeneratedGlossary {
	/** Term slugs, in the order the files were written. */
	slugs: string[];
	/** How many aliases there are, hence how many redirect pages the site gets. */
	aliasCount: number;
}

const CATEGORIES: Record<string, { name: string; description: string }> = {
	foundations: { name: 'Foundations', description: 'Core ideas behind machine learning and generative AI.' },
	models: { name: 'Models', description: 'The main types of AI models and the architectures behind them.' },
	training: { name: 'Training and Adaptation', description: 'How models learn from data and are adapted to a task.' },
	data: { name: 'Data and Retrieval', description: 'How data is collected, prepared, stored and retrieved.' },
	applications: { name: 'Business Applications', description: 'Patterns for putting AI to work in products and teams.' },
	governance: { name: 'Risk and Governance', description: 'Policies and controls that keep AI safe, fair and compliant.' },
	operations: { name: 'Operations and Cost', description: 'Deploying, monitoring and paying for AI in production.' },
	security: { name: 'Security', description: 'Threats to AI systems and the defences against them.' },
	infrastructure: { name: 'Infrastructure', description: 'The hardware, cloud and networks that AI runs on.' },
	analytics: { name: 'Analytics', description: 'Measuring, forecasting and reporting with AI.' },
	'customer-experience': { name: 'Customer Experience', description: 'AI in sales, service and marketing.' },
	research: { name: 'Research', description: 'Ideas from the lab that are starting to reach business.' },
};
const CATEGORY_IDS = Object.keys(CATEGORIES);

const SITE_YML = `# Written by tests/bench/generate.ts.
name: Benchmark Glossary
description: >-
  A synthetic glossary generated for the performance benchmark. The terms are invented, the
  structure is real.
url: https://bench.glossary.example
base: /
locale: en
publisher:
  name: Benchmark Inc.
  url: https://bench.example
repository:
  url: https://github.com/example/bench-glossary
  branch: main
callToAction:
  enabled: true
  heading: Talk to us
  text: This block appears on every term page, as on a real site.
  button: Book a call
  href: https://bench.example/call
`;

/**
 * Every name already in use, as the validator compares them (src/validate/rules.ts): identity
 * keys of titles, slugs and aliases, and the top-level URLs that term and redirect pages take.
 */
interface NameRegistry {
	keys: Set<string>;
	urls: Set<string>;
}

/** The slug for a new title, or `undefined` when the title or its address is taken. */
function claimTitle(names: NameRegistry, title: string): string | undefined {
	const key = identityKey(title);
	const slug = slugify(title);
	if (!slug || names.keys.has(key) || names.keys.has(slug) || names.urls.has(slug) || RESERVED_SLUGS.has(slug)) return undefined;
	names.keys.add(key).add(slug);
	names.urls.add(slug);
	return slug;
}

/** Claims a new alias; false when it would clash with any title, slug, alias or page address. */
function claimAlias(names: NameRegistry, alias: string): boolean {
	const key = identityKey(alias);
	const url = slugify(alias);
	if (names.keys.has(key) || names.urls.has(url) || RESERVED_SLUGS.has(url)) return false;
	names.keys.add(key);
	if (url) names.urls.add(url);
	return true;
}

interface TermName {
	title: string;
	slug: string;
}

/** `count` titles with unique slugs; every title is claimed before any alias, as the validator checks them. */
function termNames(random: Random, count: number, names: NameRegistry): TermName[] {
	const terms: TermName[] = [];
	while (terms.length < count) {
		const title = termTitle(random);
		const slug = claimTitle(names, title);
		if (slug) terms.push({ title, slug });
	}
	return terms;
}

/** 0–2 aliases for about one term in five, each the first free candidate. */
function termAliases(random: Random, title: string, names: NameRegistry): string[] {
	if (!random.chance(0.2)) return [];
	const aliases: string[] = [];
	const wanted = random.int(1, 2);
	for (const candidate of aliasCandidates(random, title)) {
		if (aliases.length === wanted) break;
		if (claimAlias(names, candidate)) aliases.push(candidate);
	}
	return aliases;
}

/** A date between 2024-01-01 and 2026-12-28; day ≤ 28 keeps every month valid. */
function updatedDate(random: Random): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${random.int(2024, 2026)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
}

/** Other terms than `self` and `exclude`, distinct. */
function otherTerms(random: Random, terms: readonly TermName[], count: number, exclude: readonly TermName[]): TermName[] {
	return random.sample(terms, count + exclude.length).filter((term) => !exclude.includes(term)).slice(0, count);
}

/**
 * 2–4 related terms. The first is the next term in file order (the last wraps to the first), so
 * every term is linked from somewhere, as in a curated glossary: no orphan warnings.
 */
function relatedTerms(random: Random, terms: readonly TermName[], index: number): TermName[] {
	const self = terms[index]!;
	const next = terms[(index + 1) % terms.length]!;
	return [next, ...otherTerms(random, terms, random.int(1, 3), [self, next])];
}

// JSON strings are valid YAML scalars, so any text is quoted safely.
const yamlString = (text: string) => JSON.stringify(text);
const yamlList = (items: readonly string[]) => `[${items.map(yamlString).join(', ')}]`;

/** The markdown file of one term. */
function termFile(random: Random, terms: readonly TermName[], index: number, aliases: readonly string[], words: number | undefined): string {
	const term = terms[index]!;
	const tags = random.sample(TAGS, random.int(0, 3));
	const related = relatedTerms(random, terms, index);
	const [other] = otherTerms(random, terms, 1, [term]);
	const questions = faq(random, term.title, other!.title);
	const link = random.chance(0.4) ? other : undefined;
	const lines = [
		'---',
		`title: ${yamlString(term.title)}`,
		`summary: ${yamlString(summary(random))}`,
		`category: ${random.pick(CATEGORY_IDS)}`,
		...(aliases.length > 0 ? [`aliases: ${yamlList(aliases)}`] : []),
		...(tags.length > 0 ? [`tags: ${yamlList(tags)}`] : []),
		`related: ${yamlList(related.map((relatedTerm) => relatedTerm.slug))}`,
		'faq:',
		...questions.flatMap((item) => [`  - question: ${yamlString(item.question)}`, `    answer: ${yamlString(item.answer)}`]),
		`updated: ${updatedDate(random)}`,
		'---',
		'',
		body(random, { title: term.title, link, howItWorks: random.chance(0.25), words }),
	];
	return lines.join('\n');
}

/**
 * How a pseudo-translation writes Japanese or Chinese, shaped like the real thing: the demo's
 * Japanese has under half the characters of the same text in Spanish, in kanji and hiragana but
 * for loanwords and names in katakana. A name (a word of any title, alias or tag) is spelt in
 * `names`, as a loanword is in katakana: the same word always alike, two words never. Any other
 * word becomes an everyday two-character word and maybe an ending, and a word of three letters
 * or fewer (the, of, is) a particle: prose needs no exact spelling, only the shape the segmenters
 * and the search index see. Digits are spelt as kanji, so that no name is made of ASCII digits
 * only (it would take a numeric address). The generator once spelt every letter in katakana:
 * Pagefind indexes a katakana word by each of its endings too, and that text cost it twice the
 * index of real Japanese (positions per page), and twice the time.
 */
interface CjkSpelling {
	/** Letters for names, none alike in Unicode's confusables (UTS #39). */
	names: readonly string[];
	/** Everyday two-character words. */
	words: readonly string[];
	/** Endings after an everyday word, `''` for none, e.g. `する`. */
	endings: readonly string[];
	/** Particles, each in place of a word of three letters or fewer, e.g. `の`. */
	particles: readonly string[];
}

const KANJI_DIGITS = [...'〇一二三四五六七八九'];
/** How each kanji digit reads, for the `reading` of a Japanese title that starts with one. */
const DIGIT_READINGS = ['ぜろ', 'いち', 'に', 'さん', 'よん', 'ご', 'ろく', 'なな', 'はち', 'きゅう'];

const CJK_SPELLINGS: Record<'ja' | 'zh', CjkSpelling> = {
	ja: {
		names: [...'アウオキクケコサシスセソチツテナヌネヒフホマミムメモヤユヨラリルレワン'],
		words: (
			'情報 技術 管理 処理 検索 学習 生成 利用 開発 設計 作成 分析 評価 品質 結果 方法 問題 目的 価値 顧客 ' +
			'業務 企業 費用 時間 変更 記録 保存 表示 計算 予測 確認 判断 規則 文書 契約 請求 在庫 販売 市場 担当 ' +
			'組織 部門 社内 外部 全体 一部 場合 必要 重要 可能 簡単 複雑 安全 正確 自動 段階 過程 基盤 構造 環境 ' +
			'運用 監視 導入 改善 削減 増加 対応 支援 提供 共有 選択 比較 説明 理解 要約 分類 順位 経路 事例 仕事'
		).split(' '),
		endings: ['', '', '', 'の', 'を', 'は', 'に', 'が', 'で', 'する', 'して', 'される', 'な'],
		particles: ['の', 'は', 'が', 'を', 'に', 'で', 'と', 'も', 'へ', 'や'],
	},
	zh: {
		names: [...'的是不了人我在有他这中大来上国个到说们为子和你地出道'],
		words: (
			'信息 技术 管理 处理 搜索 学习 生成 使用 开发 设计 分析 评估 质量 结果 方法 问题 目的 价值 客户 业务 ' +
			'企业 费用 时间 变更 记录 保存 显示 计算 预测 确认 判断 规则 文档 合同 库存 销售 市场 组织 部门 内部 ' +
			'外部 全部 需要 重要 可能 简单 复杂 安全 准确 自动 阶段 过程 基础 结构 环境 运行 监控 改进 减少 增加'
		).split(' '),
		endings: ['', '', '', '的', '了', '地'],
		particles: ['的', '是', '在', '和', '了', '也', '就', '与'],
	},
};

/** Letters a–z as a bijective base-26 number written in bijective base `alphabet.length`: one spelling per word, and back. */
function spellName(letters: string, alphabet: readonly string[]): string {
	let value = 0n;
	for (const letter of letters) value = value * 26n + BigInt(letter.charCodeAt(0) - 96);
	const base = BigInt(alphabet.length);
	let spelt = '';
	for (; value > 0n; value = (value - 1n) / base) spelt = alphabet[Number((value - 1n) % base)]! + spelt;
	return spelt;
}

/** "Île" is spelt like "ile": accents folded, lowercase. */
const folded = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of titles, aliases and tags, as `pseudoTranslate` looks them up: spelt as names in Japanese and Chinese. */
export function nameWords(names: readonly string[]): Set<string> {
	return new Set(names.flatMap((name) => folded(name).match(/[a-z\d]+/g) ?? []));
}

/** How a pseudo-translation spells one word: the same word always the same way, two names never alike. */
function pseudoWord(lang: string, names: ReadonlySet<string>): (word: string) => string {
	const cjk = lang === 'ja' ? CJK_SPELLINGS.ja : lang.startsWith('zh') ? CJK_SPELLINGS.zh : undefined;
	if (cjk) {
		return (word) => {
			// Acronyms ("LLM") stay in Latin letters, as Japanese and Chinese glossaries keep them.
			if (/^\p{Lu}[\p{Lu}\d]+$/u.test(word)) return word;
			const plain = folded(word);
			// A word's fixed choice among the everyday words and endings.
			const hash = fnv1a(plain);
			if (names.has(plain) || /\d/.test(plain)) {
				return plain.replace(/[a-z]+/g, (letters) => spellName(letters, cjk.names)).replace(/\d/g, (digit) => KANJI_DIGITS[Number(digit)]!);
			}
			if (plain.length <= 3) return cjk.particles[hash % cjk.particles.length]!;
			return cjk.words[hash % cjk.words.length]! + cjk.endings[(hash >>> 8) % cjk.endings.length]!;
		};
	}
	// Ending in a letter that no slug has, a respelt word can never be spelt like another term's slug ("Chatri" → "Chatrio" was).
	const suffix = `ñ${lang === 'es' ? '' : lang.replace(/[^a-z]/g, '')}`;
	return (word) => `${word}${suffix}`;
}

/** Markup that a pseudo-translation leaves as it is: `[[links]]`, link targets, code and URLs. */
const MARKUP = /(\[\[[^\]]*\]\]|\]\([^)]*\)|`[^`]*`|https?:\/\/\S+)/;

/**
 * A "translation" for the benchmark: every Latin word respelt the language's way (`-ñ` words for
 * `es`; for `ja` and `zh`, see `CjkSpelling`). Names keep their meaning as names: a term's
 * translated title appears in other translated bodies just as its title did, so links are found
 * (in `ja` and `zh`, by `Intl.Segmenter`) as often as in the source. `names`: see `nameWords`.
 */
export function pseudoTranslate(text: string, lang: string, names: ReadonlySet<string> = new Set()): string {
	const word = pseudoWord(lang, names);
	return text
		.split(MARKUP)
		.map((part, index) => (index % 2 === 1 ? part : part.replace(/[\p{Script=Latin}\p{M}\d]+/gu, word)))
		.join('');
}

/**
 * A translation of a term file: its title, summary, aliases, tags, FAQ and body translated;
 * `category` and `related` left out, as translators do (they come from the source).
 */
function translationFile(source: string, lang: string, names: ReadonlySet<string>): string {
	const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
	const translateValue = (value: string) => JSON.stringify(pseudoTranslate(JSON.parse(value) as string, lang, names));
	const lines = frontmatter
		.split('\n')
		.filter((line) => !/^(category|related):/.test(line))
		.map((line) => {
			if (/^(aliases|tags):/.test(line)) return line.replace(/"(?:[^"\\]|\\.)*"/g, translateValue);
			return line.replace(/^((?:title|summary| {2}- question| {4}answer): )(".*")$/, (_, key: string, value: string) => `${key}${translateValue(value)}`);
		})
		.flatMap((line) => {
			// A Japanese title that starts with a kanji (a number) gives its reading, as an editor would, to file in the A–Z index.
			const title = lang === 'ja' && line.startsWith('title: ') ? (JSON.parse(line.slice('title: '.length)) as string) : '';
			if (!/^\p{Script=Han}/u.test(title)) return [line];
			return [line, `reading: ${yamlString(title.replace(/\p{Script=Han}/gu, (digit) => DIGIT_READINGS[KANJI_DIGITS.indexOf(digit)] ?? digit))}`];
		});
	return ['---', ...lines, '---', pseudoTranslate(body, lang, names)].join('\n');
}

function categoriesYaml(): string {
	return Object.entries(CATEGORIES)
		.map(([id, { name, description }]) => `${id}:\n  name: ${yamlString(name)}\n  description: ${yamlString(description)}\n`)
		.join('');
}

/**
 * Writes the glossary into `root` (created if needed). An existing `terms/` folder is replaced,
 * so a smaller run never leaves files from a larger one behind.
 */
export function generateGlossary(
	root: string,
	termCount: number,
	seed = 1,
	options: { words?: number | undefined; translations?: readonly string[] | undefined } = {},
): GeneratedGlossary {
	const translations = options.translations ?? [];
	if (!Number.isInteger(termCount) || termCount < 2) throw new Error(`termCount must be an integer ≥ 2, got ${termCount}`);
	const random = createRandom(seed);
	// A translation's home (`/fr/`) is a page address too: no title or alias may take it ("FR").
	const names: NameRegistry = { keys: new Set(), urls: new Set(translations.map((lang) => lang.toLowerCase())) };
	const terms = termNames(random, termCount, names);

	const termsDir = join(root, 'terms');
	rmSync(termsDir, { recursive: true, force: true });
	mkdirSync(termsDir, { recursive: true });
	writeFileSync(join(root, 'site.yml'), translations.length > 0 ? `${SITE_YML}locales: [en, ${translations.join(', ')}]\n` : SITE_YML);
	writeFileSync(join(root, 'categories.yml'), categoriesYaml());
	// A language folder (`fr/terms/`) from an earlier run with other languages would be an error: every one is replaced.
	for (const entry of readdirSync(root, { withFileTypes: true })) {
		if (entry.isDirectory() && existsSync(join(root, entry.name, 'terms'))) rmSync(join(root, entry.name), { recursive: true, force: true });
	}
	for (const lang of translations) mkdirSync(join(root, lang, 'terms'), { recursive: true });
	const allAliases: string[] = [];
	const files = terms.map((term, index) => {
		const aliases = termAliases(random, term.title, names);
		allAliases.push(...aliases);
		const file = termFile(random, terms, index, aliases, options.words);
		writeFileSync(join(termsDir, `${term.slug}.md`), file);
		return file;
	});
	// Translated once every name is known: a word of any title, alias or tag is spelt as a name everywhere.
	const translatedNames = nameWords([...terms.map((term) => term.title), ...allAliases, ...TAGS]);
	for (const lang of translations) {
		terms.forEach((term, index) => writeFileSync(join(root, lang, 'terms', `${term.slug}.md`), translationFile(files[index]!, lang, translatedNames)));
	}
	return { slugs: terms.map((term) => term.slug), aliasCount: allAliases.length };
}

if (import.meta.main) {
	const [folder, count, seed, words, languages] = process.argv.slice(2);
	if (!folder || !count) {
		console.error('usage: node tests/bench/generate.ts <folder> <count> [seed] [words per body] [translations, e.g. es,ja]');
		process.exit(2);
	}
	const translations = languages ? languages.split(',').map((lang) => lang.trim()) : [];
	const result = generateGlossary(folder, Number(count), seed === undefined ? 1 : Number(seed), {
		words: words === undefined || words === '' ? undefined : Number(words),
		translations,
	});
	const translated = translations.length > 0 ? `, each translated into ${translations.join(', ')}` : '';
	console.log(`Wrote ${result.slugs.length} terms and ${result.aliasCount} aliases to ${folder}/${translated}.`);
}
