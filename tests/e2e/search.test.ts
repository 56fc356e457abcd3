import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useSite } from '../helpers/browser.ts';

const demo = useSite('demo');

async function openPage(path = '', viewport = { width: 1280, height: 800 }): Promise<Page> {
	const page = await demo.browser.newPage({ viewport });
	await page.goto(new URL(path, demo.site.url).href);
	return page;
}

const results = (page: Page) => page.locator('#dialog-search-results li');
const titles = (page: Page) => page.locator('#dialog-search-results .result-title').allTextContents();

/** Types a query into the open dialog and waits until its results are on screen. */
async function search(page: Page, query: string): Promise<string[]> {
	await page.locator('#dialog-search-input').fill(query);
	await page.waitForFunction((q) => document.querySelector<HTMLElement>('#dialog-search-results')?.dataset['query'] === q, query);
	return (await titles(page)).map((title) => title.replace(/\s+/g, ' ').trim());
}

async function openSearch(page: Page): Promise<void> {
	// The header's box, or on the home page's first screen its own.
	await page.locator('[data-search-open]:visible').first().click();
	await page.waitForFunction(() => document.querySelector<HTMLDialogElement>('#search-dialog')?.open);
}

describe('term-first ranking', () => {
	let page: Page;
	beforeAll(async () => {
		page = await openPage();
		await openSearch(page);
	});
	afterAll(() => page.close());

	test.each([
		['a title', 'vector database', 'Vector database Best match'],
		['a title, in other case and punctuation', 'PRE TRAINING', 'Pre-training Best match'],
		['an alias', 'LLM', 'Large language model Best match'],
		['an alias in the plural', 'llms', 'Large language model Best match'],
		['an alias folded', 'Pretraining', 'Pre-training Best match'],
		['a misspelt title', 'pretraning', 'Pre-training Did you mean?'],
		['a misspelt phrase', 'fine tunning', 'Fine-tuning Did you mean?'],
		['a misspelt long title', 'retreival augmented generation', 'Retrieval-augmented generation Did you mean?'],
	])('%s (“%s”) puts the term first', async (_, query, expected) => {
		const found = await search(page, query);
		expect(found[0]).toBe(expected);
		expect(found.slice(1).some((title) => title.startsWith(expected.split(' ')[0]!) && title === expected)).toBe(false);
	});

	test('a phrase from inside a definition finds its term first', async () => {
		const found = await search(page, 'trusted documents for relevant information');
		expect(found[0]).toBe('Retrieval-augmented generation');
	});

	test('a question from an FAQ links straight to that question', async () => {
		await search(page, 'how long does pre-training take');
		const first = results(page).first();
		expect(await first.locator('.result-section').textContent()).toBe('In “How long does pre-training take?”');
		expect(await first.locator('a').getAttribute('href')).toBe('/pre-training/#faq-how-long-does-pre-training-take');
	});

	test('the category filter narrows the results', async () => {
		const all = await search(page, 'model');
		await page.locator('#dialog-search-category').selectOption('Risk and Governance');
		await page.waitForFunction(() => document.querySelector('#dialog-search-status')?.textContent?.includes('for “model”'));
		await expect.poll(async () => (await titles(page)).join('|')).not.toBe(all.join('|'));
		const governance = await (await fetch(new URL('categories/governance/', demo.site.url))).text();
		const filtered = await titles(page);
		expect(filtered.length).toBeGreaterThan(0);
		for (const title of filtered) expect(governance).toContain(`>${title.replace(/ (Best match|Did you mean\?)$/, '')}</a>`);
		await page.locator('#dialog-search-category').selectOption('');
	});

	test('nothing found: says so, offers the closest terms and a way to suggest the term', async () => {
		await search(page, 'qwxzv');
		expect(await results(page).count()).toBe(0);
		expect(await page.locator('#dialog-search-status').textContent()).toBe('No results for “qwxzv”.');
		const suggest = page.getByRole('link', { name: 'Suggest “qwxzv” for the glossary' });
		expect(await suggest.getAttribute('href')).toBe(
			'https://github.com/groveai/glossary/issues/new?template=suggest-a-term.yml&title=Suggest%20a%20term%3A%20qwxzv',
		);
		await search(page, 'quantisashun');
		const closest = page.locator('[data-search-empty] a[href="/quantization/"]');
		expect(await closest.count()).toBe(1);
	});

	test('the result count is announced to screen readers', async () => {
		await search(page, 'rag');
		const status = page.locator('#dialog-search-status');
		expect(await status.getAttribute('role')).toBe('status');
		expect(await status.textContent()).toMatch(/^\d+ results? for “rag”\.$/);
	});
});

describe('keyboard', () => {
	test('/ opens search, arrows choose, Enter opens the term', async () => {
		const page = await openPage('categories/');
		await page.keyboard.press('/');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dialog-search-input');
		await page.keyboard.type('embedding');
		await page.waitForFunction(() => document.querySelector<HTMLElement>('#dialog-search-results')?.dataset['query'] === 'embedding');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Vector database');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('dialog-search-input');
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/embedding/');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/embedding\/$/);
		await page.close();
	});

	test('Ctrl+K opens search; the first Escape closes it, query or not, and focus returns where it was', async () => {
		const page = await openPage('retrieval-augmented-generation/');
		await page.getByRole('link', { name: 'Data and Retrieval' }).first().focus();
		await page.keyboard.press('Control+k');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dialog-search-input');
		await page.keyboard.type('agent');
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('#search-dialog').evaluate((dialog: HTMLDialogElement) => dialog.open)).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Data and Retrieval');
		await page.close();
	});

	test('the home page has its own search box, which opens the same search', async () => {
		const page = await openPage();
		await page.getByRole('button', { name: /^Search \d+ terms/ }).click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dialog-search-input');
		expect(await search(page, 'rag')).toContain('Retrieval-augmented generation Best match');
		await page.close();
	});

	test('Tab reaches the search button, and Enter opens it', async () => {
		const page = await openPage();
		for (let step = 0; step < 8; step++) {
			await page.keyboard.press('Tab');
			if ((await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))) === true) break;
		}
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dialog-search-input');
		await page.close();
	});
});

describe('the search page', () => {
	test('/search/?q= is a deep link, and typing keeps the address in step', async () => {
		const page = await openPage('search/?q=llm');
		await page.waitForFunction(() => document.querySelector<HTMLElement>('#page-search-results')?.dataset['query'] === 'llm');
		expect((await page.locator('#page-search-results .result-title').first().textContent())?.trim()).toMatch(/^Large language model/);
		await page.locator('#page-search-input').fill('token');
		await page.waitForFunction(() => document.querySelector<HTMLElement>('#page-search-results')?.dataset['query'] === 'token');
		expect(new URL(page.url()).searchParams.get('q')).toBe('token');
		await page.close();
	});

	test('without JavaScript the header box submits to the search page', async () => {
		const context = await demo.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(new URL('token/', demo.site.url).href);
		await page.locator('#header-search').fill('agent');
		await page.locator('#header-search').press('Enter');
		await page.waitForURL(/\/search\/\?q=agent$/);
		expect(await page.locator('main').innerText()).toContain('Search needs JavaScript. You can still browse every term from A to Z');
		expect(await page.locator('[data-search-page]').isVisible()).toBe(false);
		await context.close();
	});
});

describe('loading only what is used', () => {
	const requested = (page: Page) => {
		const urls: string[] = [];
		page.on('request', (request) => urls.push(new URL(request.url()).pathname));
		return urls;
	};

	test('a term page runs no search code until the box is used; hovering it loads the code ahead, and a click opens it', async () => {
		const page = await demo.browser.newPage({ viewport: { width: 1280, height: 800 } });
		const urls = requested(page);
		await page.goto(new URL('pre-training/', demo.site.url).href, { waitUntil: 'networkidle' });
		// The loader and the term previews are inline: no script is fetched at all.
		expect(urls.filter((url) => url.endsWith('.js'))).toEqual([]);
		expect(urls.some((url) => url.includes('pagefind') || url.includes('search-terms'))).toBe(false);
		await page.locator('[data-search-open]').hover();
		await expect.poll(() => urls.filter((url) => url.includes('/_astro/search-entry')).length).toBe(1);
		await page.locator('[data-search-open]').click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dialog-search-input');
		expect(await search(page, 'llm')).toContain('Large language model Best match');
		await page.close();
	});

	test('a key press loads and opens the search at once, with nothing loaded before', async () => {
		const page = await openPage('token/');
		await page.keyboard.press('/');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dialog-search-input');
		expect(await search(page, 'rag')).toContain('Retrieval-augmented generation Best match');
		await page.close();
	});

	test('the term a query names is shown from the name table while the full-text index is still on its way', async () => {
		const page = await openPage('token/');
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		// The index's word lists held back, as on a slow network: only the name table answers.
		await page.route(/\/pagefind\/index\//, async (route) => {
			await held;
			await route.continue();
		});
		await openSearch(page);
		await page.locator('#dialog-search-input').fill('vector database');
		await page.waitForFunction(() => document.querySelector<HTMLElement>('#dialog-search-results')?.dataset['named'] === 'vector database');
		expect((await titles(page)).map((title) => title.replace(/\s+/g, ' ').trim())).toEqual(['Vector database Best match']);
		expect(await page.locator('#dialog-search-results .result-summary').textContent()).toBe('Data and Retrieval');
		// Not complete yet: no count is announced, and the list is not marked as answering the query.
		expect(await page.locator('#dialog-search-status').textContent()).toBe('');
		expect(await page.locator('#dialog-search-results').getAttribute('data-query')).toBeNull();
		release();
		await page.waitForFunction(() => document.querySelector<HTMLElement>('#dialog-search-results')?.dataset['query'] === 'vector database');
		const complete = (await titles(page)).map((title) => title.replace(/\s+/g, ' ').trim());
		expect(complete[0]).toBe('Vector database Best match');
		expect(complete.length).toBeGreaterThan(1);
		await page.close();
	});

	test('Pagefind fragments are fetched only for the results shown, and typing a word at speed costs about one search', async () => {
		const page = await openPage('token/');
		await openSearch(page);
		await page.waitForLoadState('networkidle');
		const fragments = requested(page);
		const fragmentCount = () => fragments.filter((url) => url.includes('/pagefind/fragment/')).length;
		await search(page, 'pretraning');
		await page.waitForLoadState('networkidle');
		expect((await titles(page))[0]?.replace(/\s+/g, ' ').trim()).toBe('Pre-training Did you mean?');
		expect(fragmentCount()).toBeLessThanOrEqual(await results(page).count());

		await page.locator('#dialog-search-input').fill('');
		fragments.length = 0;
		await page.locator('#dialog-search-input').pressSequentially('embedding', { delay: 30 });
		await page.waitForFunction(() => document.querySelector<HTMLElement>('#dialog-search-results')?.dataset['query'] === 'embedding');
		await page.waitForLoadState('networkidle');
		// Searching on every key would fetch fragments for several partial words (about 23 before the pause was added).
		expect(fragmentCount()).toBeLessThan(2 * (await results(page).count()));
		await page.close();
	});
});

describe('before typing, and on a phone', () => {
	test('/search/ offers the categories and recently updated terms, which make way for results', async () => {
		const page = await openPage('search/');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Search the glossary');
		const idle = page.locator('[data-search-idle]');
		expect(await idle.getByRole('heading', { name: 'Browse by category' }).isVisible()).toBe(true);
		expect(await idle.locator('.card').count()).toBeGreaterThan(3);
		expect(await idle.getByRole('heading', { name: 'Recently updated' }).isVisible()).toBe(true);
		expect(await idle.locator('.term-list li').count()).toBeGreaterThan(0);
		await page.locator('#page-search-input').fill('token');
		await page.waitForFunction(() => document.querySelector<HTMLElement>('#page-search-results')?.dataset['query'] === 'token');
		expect(await idle.isVisible()).toBe(false);
		await page.close();
	});

	test.each(['pre-training/', 'search/', 'search/?q=llm', ''])('/%s does not shift its layout while its scripts load, on a phone', async (path) => {
		const context = await demo.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		// Slow scripts, as on a phone's network: the page paints before they run.
		await page.route(/\.js$/, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 400));
			await route.continue();
		});
		await page.goto(new URL(path, demo.site.url).href);
		const shift = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					let total = 0;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
							if (!entry.hadRecentInput) total += entry.value;
						}
					}).observe({ type: 'layout-shift', buffered: true });
					setTimeout(() => resolve(total), 2500);
				}),
		);
		expect(shift).toBeLessThan(0.001);
		await context.close();
	});

	test('a touch screen shows no keyboard shortcut hint', async () => {
		const context = await demo.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		await page.goto(new URL('token/', demo.site.url).href);
		expect(await page.locator('.search-trigger').isVisible()).toBe(true);
		expect(await page.locator('.search-trigger kbd').isVisible()).toBe(false);
		await context.close();
		const desktop = await openPage('token/');
		expect(await desktop.locator('.search-trigger kbd').isVisible()).toBe(true);
		await desktop.close();
	});
});

describe('on a phone and for assistive technology', () => {
	test('the dialog fills a 360 px screen without sideways scrolling', async () => {
		const page = await openPage('', { width: 360, height: 740 });
		await openSearch(page);
		await search(page, 'agent');
		const box = await page.locator('#search-dialog').boundingBox();
		expect(box?.width).toBeLessThanOrEqual(360);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(await results(page).first().isVisible()).toBe(true);
		await page.close();
	});

	test('axe-core finds no violations with the search open and results shown', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await demo.browser.newContext({ colorScheme });
			const page = await context.newPage();
			await page.goto(demo.site.url);
			await openSearch(page);
			await search(page, 'model');
			await page.keyboard.press('ArrowDown');
			const report = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			expect(report.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			await context.close();
		}
	});
});
