import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { SITES, listFiles, parsePage, readPage } from '../helpers/sites.ts';

/** The site in English, Urdu, Simplified Chinese and Japanese, under `/g/` (tests/fixtures/site-i18n). */
const ORIGIN = 'https://glossary.test';
const text = (node: Element | undefined) => (node ? toString(node).replace(/\s+/g, ' ').trim() : '');
const attr = (node: Element | undefined, name: string) => String(node?.properties[name] ?? '');
const file = (name: string) => readFileSync(join(SITES.i18n.out, name), 'utf8');
const jsonLd = (page: Root) => selectAll('script[type="application/ld+json"]', page).map((script) => JSON.parse(text(script)) as Record<string, unknown>);

/** Every HTML page of the built site that search engines may index, with its canonical URL and hreflang alternates. */
function indexablePages() {
	return listFiles('i18n')
		.filter((name) => name.endsWith('.html'))
		.map((name) => fromHtml(file(name)))
		.filter((page) => !select('meta[name="robots"][content="noindex"]', page))
		.map((page) => ({
			canonical: attr(select('link[rel="canonical"]', page), 'href'),
			lang: attr(select('html', page), 'lang'),
			alternates: selectAll('link[rel="alternate"][hreflang]', page).map((link) => [attr(link, 'hrefLang'), attr(link, 'href')] as const),
		}));
}

describe('a page per language', () => {
	test.each([
		['/g/pre-training/', 'en', undefined, 'Definition', 'Pre-training'],
		['/g/ur/pre-training/', 'ur', 'rtl', 'تعریف', 'پیشگی تربیت'],
		['/g/zh-cn/pre-training/', 'zh-CN', undefined, '定义', '预训练'],
		['/g/ja/fine-tuning/', 'ja', undefined, '定義', 'ファインチューニング'],
	])('%s: lang %s, dir %s, its interface and its text', (path, lang, dir, definition, title) => {
		const page = parsePage('i18n', path);
		const html = select('html', page);
		expect(attr(html, 'lang')).toBe(lang);
		expect(html?.properties['dir']).toBe(dir);
		expect(text(select('.definition .label', page))).toBe(definition);
		expect(text(select('h1', page))).toBe(title);
		expect(attr(select('link[rel="canonical"]', page), 'href')).toBe(`${ORIGIN}${path}`);
	});

	test('home, categories, search and 404 exist in every language, in its language', () => {
		for (const prefix of ['', 'ur/', 'zh-cn/', 'ja/']) {
			for (const path of ['', 'categories/', 'categories/training/', 'search/']) expect(readPage('i18n', `/g/${prefix}${path}`)).toContain('<html');
		}
		expect(text(select('h1', fromHtml(file('ur/404.html'))))).toBe('صفحہ نہیں ملا');
		expect(attr(select('html', fromHtml(file('ur/404.html'))), 'dir')).toBe('rtl');
		expect(text(select('h1', parsePage('i18n', '/g/zh-cn/categories/training/')))).toBe('训练');
		// site.yml's own wording for a count replaces the shipped one.
		expect(text(select('h2.section-title', parsePage('i18n', '/g/zh-cn/categories/training/')))).toBe('2 条术语');
	});

	test('the A–Z index of each language has its own headings', () => {
		const headings = (path: string) => selectAll('.letter-nav li', parsePage('i18n', path)).map(text).join(' ');
		// The kanji alias 微調整 files under #: the index has no heading for it without a reading.
		expect(headings('/g/ja/')).toBe('# あ か さ た な は ま や ら わ');
		expect(headings('/g/zh-cn/')).toBe('A B C D E F G H I J K L M N O P Q R S T U V W X Y Z');
		expect(headings('/g/ur/').split(' ').slice(0, 4)).toEqual(['ا', 'ب', 'پ', 'ت']);
		// Each letter has a page of its own here (letterPagesAfter: 2), in its language only.
		const group = (path: string) => selectAll('.letter-group li a', parsePage('i18n', path)).map((link) => [text(link), attr(link, 'href')]);
		expect(group('/g/zh-cn/letters/w/')).toEqual([['微调', '/g/zh-cn/fine-tuning/']]);
		expect(group('/g/ja/letters/u306f/')).toEqual([['ファインチューニング', '/g/ja/fine-tuning/']]);
		expect(attr(select('.letter-nav a[href="/g/ur/letters/u067e/"]', parsePage('i18n', '/g/ur/')), 'href')).toBe('/g/ur/letters/u067e/');
		expect(select('link[hreflang]', parsePage('i18n', '/g/ja/letters/u306f/'))).toBeUndefined();
	});

	test('the language switcher offers the same term in the languages that have it, each named in its language', () => {
		const switcher = select('nav.language-switcher', parsePage('i18n', '/g/ur/pre-training/'))!;
		expect(attr(switcher, 'ariaLabel')).toBe('زبانیں');
		const links = selectAll('a', switcher).map((link) => [text(link), attr(link, 'href'), attr(link, 'hrefLang'), attr(link, 'lang')]);
		expect(links).toEqual([
			['English', '/g/pre-training/', 'en', 'en'],
			['اردو', '/g/ur/pre-training/', 'ur', 'ur'],
			['简体中文', '/g/zh-cn/pre-training/', 'zh-CN', 'zh-CN'],
		]);
		expect(attr(selectAll('a', switcher)[1], 'ariaCurrent')).toBe('page');
		// Japanese has no Pre-training: it is not offered.
		expect(select('nav.language-switcher a[hreflang="ja"]', parsePage('i18n', '/g/pre-training/'))).toBeUndefined();
	});

	test('a related term not translated yet links to the default language’s page, marked as English', () => {
		const item = selectAll('#related ~ .term-list li', parsePage('i18n', '/g/ur/pre-training/')).find((li) => text(li).startsWith('Fine-tuning'))!;
		expect(attr(item, 'lang')).toBe('en');
		expect(attr(select('a', item), 'href')).toBe('/g/fine-tuning/');
		expect(attr(select('a', item), 'hrefLang')).toBe('en');
	});

	test('JSON-LD names the language of the term and of its glossary', () => {
		const [term] = jsonLd(parsePage('i18n', '/g/zh-cn/pre-training/'));
		expect(term).toMatchObject({
			name: '预训练',
			inLanguage: 'zh-CN',
			url: `${ORIGIN}/g/zh-cn/pre-training/`,
			inDefinedTermSet: { name: '测试术语表', inLanguage: 'zh-CN', url: `${ORIGIN}/g/zh-cn/` },
		});
	});
});

describe('hreflang', () => {
	const pages = indexablePages();

	test('every indexable page lists itself, its languages and x-default, and every pair is reciprocal', () => {
		const byUrl = new Map(pages.map((page) => [page.canonical, page]));
		expect(pages.length).toBeGreaterThan(20);
		for (const page of pages) {
			if (page.alternates.length === 0) continue;
			const links = new Map(page.alternates);
			expect(links.get(page.lang), `${page.canonical} lists itself`).toBe(page.canonical);
			expect(links.get('x-default'), `${page.canonical} has x-default`).toBe(links.get('en'));
			for (const [lang, href] of page.alternates) {
				if (lang === 'x-default') continue;
				const other = byUrl.get(href);
				expect(other, `${page.canonical} → ${href} exists`).toBeDefined();
				expect(other!.lang, `${href} is in ${lang}`).toBe(lang);
				expect(new Map(other!.alternates).get(page.lang), `${href} links back to ${page.canonical}`).toBe(page.canonical);
			}
		}
	});

	test('sitemap.xml lists every language’s pages with the same alternates as the pages', () => {
		const urls = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'xhtml:link'].includes(name) }).parse(file('sitemap.xml')).urlset.url as {
			loc: string;
			'xhtml:link'?: { '@_hreflang': string; '@_href': string }[];
		}[];
		const byUrl = new Map(pages.map((page) => [page.canonical, page]));
		expect(urls.map((url) => url.loc)).toContain(`${ORIGIN}/g/ur/pre-training/`);
		expect(urls.map((url) => url.loc)).not.toContain(`${ORIGIN}/g/ja/pre-training/`);
		for (const url of urls) {
			const page = byUrl.get(url.loc);
			expect(page, url.loc).toBeDefined();
			expect((url['xhtml:link'] ?? []).map((link) => [link['@_hreflang'], link['@_href']])).toEqual(page!.alternates);
		}
	});
});

describe('feeds, llms.txt and search per language', () => {
	test('an RSS feed and llms.txt per language, in that language', () => {
		expect(file('zh-cn/rss.xml')).toContain('<language>zh-CN</language>');
		expect(file('zh-cn/rss.xml')).toContain(`<link>${ORIGIN}/g/zh-cn/fine-tuning/</link>`);
		expect(file('ur/llms.txt')).toMatch(/^# آزمائشی فرہنگ\n/);
		expect(file('ur/llms.txt')).toContain(`(${ORIGIN}/g/ur/pre-training/)`);
		expect(readPage('i18n', '/g/ja/')).toContain('href="/g/ja/rss.xml"');
	});

	test('Pagefind has an index per language, at the language’s home, by each page’s <html lang>', () => {
		const pages = (home: string) => {
			const entry = JSON.parse(file(`${home}pagefind/pagefind-entry.json`)) as { languages: Record<string, { page_count: number }> };
			return Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
		};
		expect([pages(''), pages('ur/'), pages('zh-cn/'), pages('ja/')]).toEqual([{ en: 3 }, { ur: 2 }, { 'zh-cn': 3 }, { ja: 2 }]);
	});

	test('a translation’s name table answers to the default language’s names too', () => {
		const table = JSON.parse(file('zh-cn/search-terms.json')) as { terms: string[][] };
		expect(table.terms.find((row) => row[0] === 'pre-training')).toEqual(['pre-training', '预训练', 1, '预先训练', 'Pre-training', 'Pretraining']);
		expect(readPage('i18n', '/g/zh-cn/search/')).toContain('data-home="/g/zh-cn/"');
	});
});
