import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, serveSite, type StaticSite } from '../helpers/browser.ts';
import type { SiteName } from '../helpers/sites.ts';

let browser: Browser;
const sites = {} as Record<SiteName, StaticSite>;

beforeAll(async () => {
	[browser, sites.demo, sites.basic, sites.hostile] = await Promise.all([launchBrowser(), serveSite('demo'), serveSite('basic'), serveSite('hostile')]);
});
afterAll(async () => {
	await browser?.close();
	await Promise.all(Object.values(sites).map((site) => site.close()));
});

interface Watched {
	page: Page;
	/** CSP violations, console errors, uncaught exceptions and dialogs (an alert means content ran as script). */
	problems: () => Promise<string[]>;
}

/** A page that records everything that would mean the policy or the escaping failed. */
async function watch(viewport = { width: 1280, height: 800 }): Promise<Watched> {
	const page = await browser.newPage({ viewport });
	const seen: string[] = [];
	await page.addInitScript(() => {
		const violations: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = violations;
		document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`));
	});
	page.on('console', (message) => {
		// The 404 page is served with status 404, which the console reports as a failed load.
		if (message.text().startsWith('Failed to load resource') && message.location().url === page.url()) return;
		if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) seen.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => seen.push(`exception: ${error.message}`));
	page.on('dialog', async (dialog) => {
		seen.push(`dialog: ${dialog.message()}`);
		await dialog.dismiss();
	});
	const problems = async () => [...seen, ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []))];
	return { page, problems };
}

async function openSearch(page: Page, query: string, results = '#dialog-search-results'): Promise<void> {
	// The header's box, or on the home page's first screen its own.
	await page.locator('[data-search-open]:visible').first().click();
	await page.locator('#dialog-search-input').fill(query);
	await page.waitForFunction(([selector, q]) => document.querySelector<HTMLElement>(selector!)?.dataset['query'] === q, [results, query]);
}

// Every kind of page, with what makes it run script: the theme toggle, search (Pagefind's
// WebAssembly), previews, the 404 page's own script, an alias page's redirect.
const PAGES: [SiteName, string, string][] = [
	['demo', 'home', ''],
	['demo', 'term page', 'retrieval-augmented-generation/'],
	['demo', 'category page', 'categories/data/'],
	['demo', 'categories page', 'categories/'],
	['demo', 'alias redirect', 'llm/'],
	['demo', 'search page', 'search/?q=token'],
	['demo', '404 page', 'no-such-term/'],
	['basic', 'term page under a base path', 'large-language-model/'],
	['basic', 'alias redirect under a base path', 'llm/'],
	['hostile', 'home', ''],
	['hostile', 'term page', 'script-element/'],
	['hostile', 'category page', 'categories/markup/'],
	['hostile', 'search page', 'search/?q=script'],
];

describe('the Content-Security-Policy', () => {
	test.each(PAGES)('%s %s: no violation, error or dialog, with the theme toggled and a search run', async (site, _kind, path) => {
		const { page, problems } = await watch();
		await page.goto(new URL(path, sites[site].url).href, { waitUntil: 'networkidle' });
		expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
		await page.locator('.theme-toggle').click();
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
		if (!path.startsWith('search/')) await openSearch(page, 'model');
		else await page.waitForFunction(() => document.querySelector<HTMLElement>('#page-search-results')?.dataset['query'] !== undefined);
		expect(await problems()).toEqual([]);
		await page.close();
	});

	test('the 404 page still offers the missing address as a search', async () => {
		const { page, problems } = await watch();
		await page.goto(new URL('retreival-augmented/', sites.demo.url).href);
		await expect.poll(() => page.locator('#not-found-query').inputValue()).toBe('retreival augmented');
		expect(await problems()).toEqual([]);
		await page.close();
	});

	test('an inline script that is not the layout\'s own is blocked and reported', async () => {
		const { page, problems } = await watch();
		await page.goto(new URL('script-element/', sites.hostile.url).href);
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.injected = true';
			document.body.append(script);
		});
		expect(await page.evaluate(() => 'injected' in window)).toBe(false);
		expect((await problems()).join('\n')).toMatch(/script-src/);
		await page.close();
	});
});

describe('text that looks like markup', () => {
	test('reads as typed on the page, in search results and in a preview, and never runs', async () => {
		const { page, problems } = await watch();
		await page.goto(new URL('script-element/', sites.hostile.url).href);
		expect(await page.locator('h1').textContent()).toBe('The <script> element');
		expect(await page.locator('.definition p').textContent()).toContain('The </script> element runs code; <!-- this is not a comment --> and x<y & "quotes"');
		expect(await page.locator('.faq-item h3').first().textContent()).toContain("Is </script><img src=x onerror=alert('faq')> safe in a question?");
		expect(await page.title()).toBe('The <script> element · Markup </script> <b>Glossary</b>');

		await openSearch(page, 'script element');
		expect(await page.locator('#dialog-search-results .result-title').first().textContent()).toContain('The <script> element');
		expect(await page.locator('#dialog-search-results img, #dialog-search-results script, #dialog-search-results b').count()).toBe(0);
		await page.keyboard.press('Escape');

		await page.goto(new URL('comment-syntax/', sites.hostile.url).href);
		await page.locator('.prose a.term-link').first().hover();
		await expect.poll(() => page.locator('#term-preview strong').textContent()).toBe('The <script> element');
		expect(await problems()).toEqual([]);
		await page.close();
	});
});
