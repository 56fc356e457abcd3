import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { publishedPayloads } from '../helpers/hostile-glossary.ts';
import { SITES, listFiles, parsePage, type SiteName } from '../helpers/sites.ts';

const read = (site: SiteName, file: string) => readFileSync(join(SITES[site].out, file), 'utf8');
const text = (node: Element | undefined) => (node ? toString(node) : '');
const attr = (node: Element | undefined, name: string) => String(node?.properties[name] ?? '');
const pages = (site: SiteName) => listFiles(site).filter((file) => file.endsWith('.html'));
const payloads = await publishedPayloads();

function jsonLd(page: Root): Record<string, unknown>[] {
	return selectAll('script[type="application/ld+json"]', page).map((script) => JSON.parse(text(script)) as Record<string, unknown>);
}

describe('a glossary whose every text field looks like markup', () => {
	test('random text that validation accepted was published (the property is not vacuous)', () => {
		expect(payloads.length).toBeGreaterThanOrEqual(10);
		expect(payloads.some((payload) => payload.title.includes('<'))).toBe(true);
	});

	test.each(pages('hostile'))('%s: every JSON-LD block parses, and no script or handler comes from content', (file) => {
		const html = read('hostile', file);
		const page = fromHtml(html);
		expect(() => jsonLd(page)).not.toThrow();
		const policy = attr(select('meta[http-equiv="content-security-policy"]', page), 'content');
		for (const script of selectAll('script', page)) {
			const type = attr(script, 'type');
			if (type === 'application/ld+json' || type === 'application/json') continue;
			if (attr(script, 'src')) {
				expect(attr(script, 'src')).toMatch(/^\/_astro\/[\w.-]+\.js$/);
				continue;
			}
			// An inline script is the layout's own exactly when the policy names its hash.
			const hash = createHash('sha256').update(text(script)).digest('base64');
			expect(policy).toContain(`'sha256-${hash}'`);
		}
		expect(selectAll('img, iframe, object, embed', page)).toEqual([]);
		// Parsed as a browser parses it: `<` inside a quoted attribute value is text, an `on…` attribute is not.
		const handlers = selectAll('*', page).flatMap((node) => Object.keys(node.properties).filter((name) => /^on/i.test(name)));
		expect(handlers).toEqual([]);
	});

	test.each(payloads)('$slug reads as typed on its page, in its structured data and in its previews', (payload) => {
		const page = parsePage('hostile', `/${payload.slug}/`);
		expect(text(select('h1', page))).toBe(payload.title);
		expect(text(select('.definition p', page))).toBe(payload.summary);
		expect(attr(select('meta[name="description"]', page), 'content')).toBe(payload.summary);
		expect(text(select('.aka b', page))).toBe(payload.alias);
		expect(selectAll('.tags li', page).map(text)).toEqual([payload.tag]);
		expect(text(select('.faq-item h3', page)).trim()).toBe(payload.question);
		expect(text(select('.faq-item p', page))).toBe(payload.answer);
		const [term, , faq] = jsonLd(page) as [Record<string, unknown>, unknown, { mainEntity: { name: string; acceptedAnswer: { text: string } }[] }];
		expect(term).toMatchObject({ name: payload.title, description: payload.summary, alternateName: [payload.alias] });
		expect(faq.mainEntity[0]).toMatchObject({ name: payload.question, acceptedAnswer: { text: payload.answer } });
	});

	test('the term previews carry the text as data', () => {
		const page = parsePage('hostile', '/comment-syntax/');
		const previews = JSON.parse(text(select('#term-previews', page))) as Record<string, { title: string; summary: string }>;
		expect(previews['script-element']?.title).toBe('The <script> element');
	});

	test('glossary.json, the search name table, RSS, the sitemap and llms.txt carry the text, escaped for each', () => {
		const glossary = JSON.parse(read('hostile', 'glossary.json')) as { terms: { slug: string; title: string; summary: string; aliases: string[]; tags: string[] }[] };
		const table = read('hostile', 'search-terms.json');
		const rss = read('hostile', 'rss.xml');
		expect(XMLValidator.validate(rss)).toBe(true);
		expect(XMLValidator.validate(read('hostile', 'sitemap.xml'))).toBe(true);
		const items = new XMLParser({ processEntities: true, htmlEntities: true }).parse(rss).rss.channel.item as { title: string; description: string }[];
		const llms = read('hostile', 'llms.txt');
		for (const payload of payloads) {
			expect(glossary.terms.find((term) => term.slug === payload.slug)).toMatchObject({
				title: payload.title,
				summary: payload.summary,
				aliases: [payload.alias],
				tags: [payload.tag],
			});
			expect(JSON.parse(table).terms).toContainEqual(expect.arrayContaining([payload.slug, payload.title, payload.alias]));
			expect(items.map((item) => String(item.title))).toContain(payload.title);
		}
		// llms.txt is markdown: every <, & and ` is backslash-escaped, and every entry stays on one line.
		expect(llms).not.toMatch(/(^|[^\\])[<&`]/);
		expect(llms).not.toMatch(/[\u2028\u2029]/);
	});
});

describe('no output carries a NUL', () => {
	test.each(['basic', 'demo', 'hostile'] as const)('%s', (site) => {
		const files = listFiles(site).filter((file) => /\.(html|xml|json|txt)$|_headers$/.test(file));
		expect(files.length).toBeGreaterThan(5);
		for (const file of files) {
			const content = read(site, file);
			expect(content.includes('\u0000') || content.includes('&#0;') || content.includes('\\u0000'), file).toBe(false);
		}
	});
});

describe('security headers', () => {
	test('_headers sets the policy with frame-ancestors, nosniff, a referrer policy and no framing, under the base path', () => {
		const headers = read('basic', '_headers');
		expect(headers.split('\n')[0]).toBe('/docs/*');
		const policy = /Content-Security-Policy: (.+)/.exec(headers)![1]!;
		expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+')+;/);
		expect(policy).not.toContain('unsafe-inline');
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).toContain("object-src 'none'");
		expect(headers).toContain('X-Content-Type-Options: nosniff');
		expect(headers).toContain('X-Frame-Options: DENY');
		expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
	});

	test('every page carries the policy as a <meta>, and every hash in it is also in _headers', () => {
		const headers = read('basic', '_headers');
		for (const file of pages('basic')) {
			const policy = attr(select('meta[http-equiv="content-security-policy"]', fromHtml(read('basic', file))), 'content');
			expect(policy, file).toContain("default-src 'self'");
			for (const hash of policy.match(/'sha256-[^']+'/g) ?? []) expect(headers).toContain(hash);
		}
	});
});
