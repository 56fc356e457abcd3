import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { GlossaryExportSchema } from '../../src/schemas/export.ts';
import { SITES, fileForPath, listFiles, parsePage, readPage } from '../helpers/sites.ts';

const PUBLISHED = ['3d-rendering', 'eclair-model', 'large-language-model', 'token', 'transformer'];
const text = (node: Element | undefined) => (node ? toString(node).replace(/\s+/g, ' ').trim() : '');
const attr = (node: Element | undefined, name: string) => String(node?.properties[name] ?? '');

function jsonLd(path: string): Record<string, unknown>[] {
	return selectAll('script[type="application/ld+json"]', parsePage('basic', path)).map((script) => JSON.parse(text(script)));
}

describe('term pages', () => {
	test.each(PUBLISHED)('/docs/%s/ has its title, definition, related terms and metadata', (slug) => {
		const page = parsePage('basic', `/docs/${slug}/`);
		const source = readFileSync(join(SITES.basic.content, 'terms', `${slug}.md`), 'utf8');
		const title = /^title: (.+)$/m.exec(source)![1]!;
		const summary = /^summary: (.+)$/m.exec(source)![1]!;
		expect(text(select('h1', page))).toBe(title);
		expect(text(select('.definition p', page))).toBe(summary);
		expect(text(select('title', page))).toBe(`${title} · Basic Glossary`);
		expect(attr(select('meta[name="description"]', page), 'content')).toBe(summary);
		expect(attr(select('link[rel="canonical"]', page), 'href')).toBe(`https://example.test/docs/${slug}/`);
		expect(attr(select('meta[property="og:url"]', page), 'content')).toBe(`https://example.test/docs/${slug}/`);
		const crumbs = selectAll('.breadcrumb li', page).map(text);
		expect(crumbs[0]).toBe('Glossary');
		expect(crumbs.at(-1)).toBe(title);
		expect(attr(select('.edit-link', page), 'href')).toBe(`https://github.com/example/glossary/edit/trunk/tests/fixtures/site-basic/terms/${slug}.md`);
		const related = /^related: \[(.+)\]$/m.exec(source)![1]!.split(', ');
		expect(selectAll('#related ~ .term-list a', page).map((link) => attr(link, 'href'))).toEqual(related.map((r) => `/docs/${r}/`));
	});

	test('the FAQ gives each question its own anchor', () => {
		const page = parsePage('basic', '/docs/large-language-model/');
		const questions = selectAll('.faq-item h3', page);
		expect(questions.map((q) => attr(q, 'id'))).toEqual(['faq-is-an-llm-the-same-as-a-chatbot', 'faq-can-an-answer-contain-markup']);
		expect(text(questions[0])).toBe('Is an LLM the same as a chatbot?');
		expect(text(select('.faq-item p', page))).toBe('No. A chatbot is a product; an LLM is the model that may power it.');
	});

	test('body headings are linkable and a long body gets a table of contents', () => {
		const page = parsePage('basic', '/docs/large-language-model/');
		const ids = selectAll('.prose h2, .prose h3', page).map((h) => attr(h, 'id'));
		expect(ids).toEqual(['what-is-a-large-language-model', 'how-it-works', 'training', 'why-it-matters-for-business']);
		expect(selectAll('.toc a', page).map((a) => attr(a, 'href'))).toEqual([...ids.map((id) => `#${id}`), '#faq', '#related']);
		// A short entry lists its sections only in the wide screen's rail, not above the body on a phone.
		expect(select('.toc.toc-short', page)).toBeUndefined();
		expect(select('.toc.toc-short', parsePage('basic', '/docs/token/'))).toBeDefined();
	});

	test("the rail lists the category's other terms and links to the category", () => {
		const page = parsePage('demo', '/pre-training/');
		const others = selectAll('.rail-category li a', page).map(text);
		expect(others.length).toBeGreaterThan(0);
		expect(others).not.toContain('Pre-training');
		const category = parsePage('demo', '/categories/training/');
		const inCategory = selectAll('.term-list a', category).map(text);
		for (const title of others) expect(inCategory).toContain(title);
		expect(attr(select('.rail-more', page), 'href')).toBe('/categories/training/');
		expect(select('.term-rail', page)?.properties['dataPagefindIgnore']).toBe('all');
	});

	test('a hyphenated word in an FAQ question is kept whole when the line wraps', () => {
		const question = select('.faq-item h3', parsePage('demo', '/pre-training/'))!;
		expect(text(question)).toBe('How long does pre-training take?');
		expect(selectAll('.nowrap', question).map(text)).toEqual(['pre-training']);
	});

	test('aliases, tags, last updated and the call to action are shown', () => {
		const page = parsePage('basic', '/docs/large-language-model/');
		expect(text(select('.aka', page))).toBe('Also known as LLM, Large language models');
		expect(selectAll('.tags li', page).map(text)).toEqual(['llm', 'nlp']);
		expect(attr(select('.term-meta time', page), 'dateTime')).toBe('2026-11-20');
		expect(text(select('.term-meta time', page))).toBe('November 20, 2026');
		expect(text(select('.cta h2', page))).toBe('Talk to an expert');
		expect(attr(select('.cta a', page), 'href')).toBe('https://example.test/call');
	});

	test('"referenced by" lists the terms that link here through related or the body, except those already related', () => {
		const referrers = (slug: string) => selectAll('#referenced-by ~ .link-list a', parsePage('basic', `/docs/${slug}/`)).map(text);
		// Large language model links to Token too, but it is among Token's related terms already.
		expect(referrers('token')).toEqual(['3D rendering', 'Éclair model', 'Transformer']);
		expect(referrers('eclair-model')).toEqual(['3D rendering']);
		expect(referrers('3d-rendering')).toEqual([]);
	});

	test('root-relative links in bodies get the base path', () => {
		const page = parsePage('basic', '/docs/large-language-model/');
		expect(attr(select('.prose a[href*="token"]', page), 'href')).toBe('/docs/token/');
	});
});

describe('raw HTML in a body is sanitised', () => {
	const html = readPage('basic', '/docs/large-language-model/');
	test.each([
		['script elements', /alert\('body script'\)/],
		['event handlers', /onerror|onclick/i],
		['javascript: links', /javascript:/i],
		['data: links', /href="data:/i],
		['iframes', /<iframe/i],
		['inline styles', /color:red/],
	])('removes %s', (_, pattern) => {
		expect(html).not.toMatch(pattern);
	});

	test('keeps the harmless parts', () => {
		const page = parsePage('basic', '/docs/large-language-model/');
		expect(text(select('.prose p:has(+ *), .prose p', page)).length).toBeGreaterThan(0);
		expect(selectAll('.prose p', page).map(text)).toContain('Styled paragraph');
		expect(attr(select('.prose img', page), 'alt')).toBe('probe');
	});
});

describe('structured data', () => {
	test('a term page has DefinedTerm in a DefinedTermSet, BreadcrumbList and FAQPage', () => {
		const [term, breadcrumbs, faq] = jsonLd('/docs/large-language-model/');
		expect(term).toMatchObject({
			'@type': 'DefinedTerm',
			name: 'Large language model',
			url: 'https://example.test/docs/large-language-model/',
			alternateName: ['LLM', 'Large language models'],
			inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'Basic Glossary', url: 'https://example.test/docs/' },
		});
		expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' });
		expect((breadcrumbs!['itemListElement'] as unknown[]).length).toBe(3);
		expect(faq).toMatchObject({ '@type': 'FAQPage' });
		expect(jsonLd('/docs/token/').map((data) => data['@type'])).toEqual(['DefinedTerm', 'BreadcrumbList']);
	});

	test('content cannot close the script element, and survives escaping intact', () => {
		const html = readPage('basic', '/docs/large-language-model/');
		const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
		expect(blocks.join('')).not.toMatch(/<\/script|<!--/i);
		const faq = jsonLd('/docs/large-language-model/')[2] as { mainEntity: { acceptedAnswer: { text: string } }[] };
		expect(faq.mainEntity[1]!.acceptedAnswer.text).toBe('Never write </script in a script block & expect it to survive unescaped.');
		expect(jsonLd('/docs/token/')[0]!['description']).toBe('A chunk of text, where x<y and y>z & "quotes" must all survive escaping.');
	});
});

describe('home, categories and alias pages', () => {
	test('the A–Z index lists every term and alias under its letter, with empty letters disabled', () => {
		const page = parsePage('basic', '/docs/');
		const letters = selectAll('.letter-nav li', page);
		expect(letters.map(text).join('')).toBe('#ABCDEFGHIJKLMNOPQRSTUVWXYZ');
		const enabled = letters.filter((li) => select('a', li)).map(text);
		expect(enabled).toEqual(['#', 'E', 'L', 'T']);
		expect(attr(select('.letter-nav span', page), 'ariaDisabled')).toBe('true');
		const group = (id: string) => selectAll(`#letter-${id} li a`, page).map(text);
		expect(group('other')).toEqual(['3D rendering']);
		expect(group('e')).toEqual(['Éclair model']);
		expect(group('l')).toEqual(['Large language model', 'Large language models', 'LLM']);
		expect(group('t')).toEqual(['Token', 'Transformer']);
	});

	test('the demo has no "#" in its letter bar (no name needs it), and no A–Z entry for an alias that is only a spelling of its title', () => {
		const page = parsePage('demo', '/');
		expect(selectAll('.letter-nav li', page).map(text).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
		const p = selectAll('#letter-p li', page).map(text);
		expect(p).toContain('Pre-training');
		expect(p.filter((entry) => entry.startsWith('Pretraining'))).toEqual([]);
		expect(p).toContain('PoC — see Proof of concept');
	});

	test('categories show their terms with definitions and counts', () => {
		const page = parsePage('basic', '/docs/categories/models/');
		expect(text(select('h1', page))).toBe('Models');
		expect(selectAll('.term-list a', page).map(text)).toEqual(['Éclair model', 'Large language model', 'Transformer']);
		expect(text(select('.term-list p', page))).toBe('A made-up term whose title starts with an accented letter.');
		const home = parsePage('basic', '/docs/');
		const cards = selectAll('.card-grid .card', home).map((card) => `${text(select('strong', card))}: ${text(select('.count', card))}`);
		expect(cards).toEqual(['Basics: 2 terms', 'Empty: 0 terms', 'Models: 3 terms']);
	});

	test('an alias page redirects to its term, canonical to the term and kept out of search engines', () => {
		const page = parsePage('basic', '/docs/llm/');
		expect(attr(select('meta[http-equiv="refresh"]', page), 'content')).toBe('0; url=/docs/large-language-model/');
		expect(attr(select('link[rel="canonical"]', page), 'href')).toBe('https://example.test/docs/large-language-model/');
		expect(attr(select('meta[name="robots"]', page), 'content')).toBe('noindex');
		expect(attr(select('main a', page), 'href')).toBe('/docs/large-language-model/');
		expect(fileForPath('basic', '/docs/large-language-models/')).toBeDefined();
	});

	test('the search page is kept out of search engines, like the 404 page', () => {
		expect(attr(select('meta[name="robots"]', parsePage('basic', '/docs/search/')), 'content')).toBe('noindex');
	});

	test('the 404 page exists and is not indexed', () => {
		const page = parsePage('basic', '/docs/404.html');
		expect(text(select('h1', page))).toBe('Page not found');
		expect(attr(select('meta[name="robots"]', page), 'content')).toBe('noindex');
	});
});

describe('the whole site', () => {
	const pages = listFiles('basic').filter((file) => file.endsWith('.html'));

	test('every internal link and asset resolves', () => {
		const broken: string[] = [];
		for (const file of pages) {
			const page = parsePage('basic', `/docs/${file}`);
			for (const node of selectAll('a[href], link[href], script[src], img[src]', page)) {
				const url = attr(node, 'href') || attr(node, 'src');
				if (/^(https?:|mailto:|#)/.test(url)) continue;
				if (!fileForPath('basic', new URL(url, `https://example.test/docs/${file}`).pathname)) broken.push(`${file} → ${url}`);
			}
		}
		expect(pages.length).toBeGreaterThan(8);
		expect(broken).toEqual([]);
	});

	test('drafts appear nowhere', () => {
		for (const file of listFiles('basic')) {
			const content = readFileSync(join(SITES.basic.out, file), 'utf8');
			expect(content, file).not.toMatch(/secret-project|Secret project|Hushword|hushword/);
		}
		expect(fileForPath('basic', '/docs/secret-project/')).toBeUndefined();
	});

	test('every page has one h1, a lang, a main landmark and a skip link', () => {
		for (const file of pages) {
			const html = readPage('basic', `/docs/${file}`);
			const page = parsePage('basic', `/docs/${file}`);
			expect(selectAll('h1', page), file).toHaveLength(1);
			expect(html, file).toMatch(/<html lang="en"/);
			expect(select('main#main', page), file).toBeDefined();
			expect(attr(select('a.skip-link', page), 'href'), file).toBe('#main');
		}
	});
});

describe('the search index', () => {
	test('Pagefind indexes every published term page and nothing else', () => {
		const entry = JSON.parse(readFileSync(join(SITES.basic.out, 'pagefind/pagefind-entry.json'), 'utf8'));
		expect(entry.languages.en.page_count).toBe(PUBLISHED.length);
		for (const slug of PUBLISHED) expect(readPage('basic', `/docs/${slug}/`)).toContain('data-pagefind-body');
		for (const path of ['/docs/', '/docs/llm/', '/docs/categories/models/', '/docs/404.html', '/docs/search/']) {
			expect(readPage('basic', path), path).not.toContain('data-pagefind-body');
		}
	});

	test('a term page marks its title, aliases, definition and category for the index, and keeps chrome out', () => {
		const page = parsePage('basic', '/docs/large-language-model/');
		expect(text(select('[data-pagefind-meta="title"]', page))).toBe('Large language model');
		expect(text(select('[data-pagefind-meta="aliases"]', page))).toBe('LLM, Large language models');
		expect(text(select('[data-pagefind-meta="summary"]', page))).toContain('vast amounts of text');
		expect(text(select('[data-pagefind-filter="category"]', page))).toBe('Models');
		for (const selector of ['.cta', '#related', '.toc', '.term-meta']) {
			expect(select(`[data-pagefind-ignore] ${selector}, ${selector}[data-pagefind-ignore], [data-pagefind-ignore]:has(> ${selector})`, page), selector).toBeDefined();
		}
	});

	test('the name table for typo-tolerant matching lists published terms and aliases only', () => {
		const table = JSON.parse(readFileSync(join(SITES.basic.out, 'search-terms.json'), 'utf8'));
		expect(table.categories).toEqual(['Basics', 'Empty', 'Models']);
		expect(table.terms.map((row: string[]) => row[0]).sort()).toEqual(PUBLISHED);
		expect(table.terms).toContainEqual(['large-language-model', 'Large language model', 2, 'LLM', 'Large language models']);
		expect(JSON.stringify(table)).not.toMatch(/secret|Hushword/i);
	});
});

describe('links between terms', () => {
	const bodyLinks = (slug: string) =>
		selectAll('.prose a.term-link', parsePage('basic', `/docs/${slug}/`)).map((link) => [attr(link, 'href'), attr(link, 'dataTerm'), text(link)]);

	test('[[slug|label]] and [[slug]] become links to existing term pages', () => {
		expect(bodyLinks('transformer')).toContainEqual(['/docs/token/', 'token', 'tokens']);
		expect(bodyLinks('eclair-model')).toEqual([['/docs/transformer/', 'transformer', 'Transformer']]);
	});

	test('the first mention of another term links to it, accents and all; autolink: false turns that off', () => {
		expect(bodyLinks('token')).toEqual([['/docs/large-language-model/', 'large-language-model', 'large language model']]);
		expect(bodyLinks('3d-rendering')).toEqual([['/docs/eclair-model/', 'eclair-model', 'éclair model']]);
		expect(text(select('.prose', parsePage('basic', '/docs/eclair-model/')))).toContain('like a token of thanks');
	});

	test('every term link points at a published term page', () => {
		for (const slug of PUBLISHED) {
			for (const [href] of bodyLinks(slug)) expect(fileForPath('basic', href!), href).toBeDefined();
		}
	});

	test('"referenced by" is exactly the inverse of the link graph (body links and related terms)', () => {
		const inbound = new Map<string, Set<string>>(PUBLISHED.map((slug) => [slug, new Set()]));
		const titles = new Map<string, string>();
		for (const slug of PUBLISHED) {
			const page = parsePage('basic', `/docs/${slug}/`);
			titles.set(slug, text(select('h1', page)));
			const outgoing = selectAll('.prose a[href^="/docs/"], #related ~ .term-list a', page).map((link) => attr(link, 'href').split('/')[2]!);
			for (const target of outgoing) if (target !== slug) inbound.get(target)?.add(slug);
		}
		for (const slug of PUBLISHED) {
			const page = parsePage('basic', `/docs/${slug}/`);
			const shown = selectAll('#referenced-by ~ .link-list a', page).map(text);
			const related = selectAll('#related ~ .term-list a', page).map(text);
			const expected = [...inbound.get(slug)!].map((referrer) => titles.get(referrer)!).filter((title) => !related.includes(title));
			expect(shown.sort(), slug).toEqual(expected.sort());
		}
	});

	test('a page carries the previews of just the terms it links to', () => {
		const html = readPage('basic', '/docs/transformer/');
		const previews = JSON.parse(/<script type="application\/json" id="term-previews">(.*?)<\/script>/s.exec(html)![1]!);
		expect(Object.keys(previews).sort()).toEqual(['large-language-model', 'token'].filter((slug) => bodyLinks('transformer').some((link) => link[1] === slug)).sort());
		expect(previews.token).toEqual({ title: 'Token', summary: 'A chunk of text, where x<y and y>z & "quotes" must all survive escaping.' });
	});
});

describe('feeds and exports', () => {
	const file = (name: string) => readFileSync(join(SITES.basic.out, name), 'utf8');
	const xml = (name: string) => {
		expect(XMLValidator.validate(file(name))).toBe(true);
		return new XMLParser({ ignoreAttributes: false }).parse(file(name));
	};
	const published = PUBLISHED.map((slug) => `https://example.test/docs/${slug}/`);

	test('sitemap.xml lists the home, category and term pages with dates, and no alias, draft or search page', () => {
		const urls = xml('sitemap.xml').urlset.url as { loc: string; lastmod?: string }[];
		const locs = urls.map((url) => url.loc);
		expect(locs).toEqual(expect.arrayContaining(['https://example.test/docs/', 'https://example.test/docs/categories/models/', ...published]));
		expect(locs.filter((loc) => /llm\/|secret|search|404|large-language-models\//.test(loc))).toEqual([]);
		expect(urls.find((url) => url.loc.endsWith('/large-language-model/'))?.lastmod).toBe('2026-11-20');
	});

	test('robots.txt points at the sitemap', () => {
		expect(file('robots.txt')).toContain('Sitemap: https://example.test/docs/sitemap.xml');
	});

	test('rss.xml is valid RSS with the dated terms, newest first', () => {
		const channel = xml('rss.xml').rss.channel;
		const items = [channel.item].flat() as { title: string; link: string; pubDate: string }[];
		expect(channel.title).toBe('Basic Glossary');
		// Terms without `updated` are dated by their last commit, so only the order is fixed here.
		const dates = items.map((item) => Date.parse(item.pubDate));
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
		expect(items.find((item) => item.title === 'Large language model')).toMatchObject({
			link: 'https://example.test/docs/large-language-model/',
			pubDate: 'Fri, 20 Nov 2026 00:00:00 GMT',
		});
		for (const item of items) expect(published).toContain(item.link);
		expect(file('rss.xml')).not.toMatch(/secret|Hushword/i);
	});

	test('glossary.json matches its schema and holds every published term and nothing else', () => {
		const data = GlossaryExportSchema.parse(JSON.parse(file('glossary.json')));
		expect(data.terms.map((term) => term.slug).sort()).toEqual(PUBLISHED);
		expect(data.terms.find((term) => term.slug === 'large-language-model')).toEqual({
			slug: 'large-language-model',
			url: 'https://example.test/docs/large-language-model/',
			title: 'Large language model',
			aliases: ['LLM', 'Large language models'],
			summary: 'A neural network trained on vast amounts of text to understand and generate language.',
			category: 'models',
			tags: ['llm', 'nlp'],
			related: ['token', 'transformer'],
			updated: '2026-11-20',
		});
		for (const term of data.terms) expect(Object.keys(data.categories)).toContain(term.category);
	});

	test('llms.txt lists every term with its definition and URL', () => {
		const lines = file('llms.txt').split('\n');
		expect(lines[0]).toBe('# Basic Glossary');
		for (const url of published) expect(lines.filter((line) => line.includes(`](${url}): `))).toHaveLength(1);
		expect(file('llms.txt')).not.toMatch(/secret|Hushword/i);
	});
});
