import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/browser.ts';

/** English, Urdu (right to left), Simplified Chinese and Japanese, under `/g/` (tests/fixtures/site-i18n). */
const i18n = useSite('i18n');
/** Screenshots for people to look at; not compared by the tests. */
const SHOTS = process.env['SITE_SHOTS'] ?? 'tests/.output/shots';

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; context: BrowserContext }> {
	const context = await i18n.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
	const page = await context.newPage();
	await page.goto(new URL(path, i18n.site.url).href);
	return { page, context };
}

/** Searches from a language's search page and returns the result titles as shown. */
async function searchFrom(page: Page, query: string): Promise<string[]> {
	await page.locator('#page-search-input').fill(query);
	await page.waitForFunction((q) => document.querySelector<HTMLElement>('#page-search-results')?.dataset['query'] === q, query);
	return (await page.locator('#page-search-results .result-title').allTextContents()).map((title) => title.replace(/\s+/g, ' ').trim());
}

describe('the language switcher', () => {
	test('keeps the reader on the same term, in the language chosen', async () => {
		const { page, context } = await open('zh-cn/pre-training/');
		const switcher = page.getByRole('navigation', { name: '语言' });
		await switcher.locator('summary').click();
		await switcher.getByRole('link', { name: 'اردو' }).click();
		await page.waitForURL(/\/g\/ur\/pre-training\/$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('پیشگی تربیت');
		const back = page.getByRole('navigation', { name: 'زبانیں' });
		await back.locator('summary').click();
		await back.getByRole('link', { name: 'English' }).click();
		await page.waitForURL(/\/g\/pre-training\/$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Pre-training');
		await context.close();
	});
});

describe('right to left', () => {
	test('an Urdu page is mirrored: dir="rtl", the text, the definition’s bar and the rail on the other side', async () => {
		const { page, context } = await open('ur/pre-training/');
		expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
		const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
		const width = page.viewportSize()!.width;
		// The heading starts at the right edge of the text column; the rail is on the left.
		const [heading, rail, body] = await Promise.all([box('h1'), box('.term-rail'), box('.term-body')]);
		expect(heading.x + heading.width).toBeGreaterThan(width * 0.6);
		expect(rail.x + rail.width).toBeLessThan(body.x);
		const definition = await page.locator('.definition').evaluate((element) => {
			const style = getComputedStyle(element);
			return { right: style.borderRightWidth, left: style.borderLeftWidth };
		});
		expect(definition).toEqual({ right: '5px', left: '0px' });
		mkdirSync(SHOTS, { recursive: true });
		await page.screenshot({ path: `${SHOTS}/rtl-ur-term.png`, fullPage: true });
		await context.close();
	});
});

describe('search per language', () => {
	test.each([
		['zh-cn/search/', '微调', '微调'],
		['zh-cn/search/', '预训练', '预训练'],
		['zh-cn/search/', '训练', '预训练'],
		['ja/search/', 'ファインチューニング', 'ファインチューニング'],
		['ja/search/', 'ニューラル', 'ニューラルネットワーク'],
		['ur/search/', 'تربیت', 'پیشگی تربیت'],
	])('on /g/%s, “%s” finds %s first', async (path, query, expected) => {
		const { page, context } = await open(path);
		const found = await searchFrom(page, query);
		expect(found[0]?.startsWith(expected)).toBe(true);
		// Each language searches its own pages.
		expect(await page.locator('#page-search-results a').first().getAttribute('href')).toMatch(new RegExp(`^/g/${path.split('/')[0]}/`));
		await context.close();
	});

	test('a query in English on a translated page finds the term by its English title', async () => {
		const { page, context } = await open('zh-cn/search/');
		expect((await searchFrom(page, 'Fine-tuning'))[0]).toBe('微调 最佳匹配');
		expect((await searchFrom(page, 'pretraning'))[0]).toBe('预训练 你是不是要找');
		await context.close();
	});
});

describe('accessibility (axe-core, WCAG 2.2 AA) in other scripts', () => {
	test.each(['ur/pre-training/', 'ur/', 'zh-cn/pre-training/', 'ja/fine-tuning/', 'ja/search/'])('/g/%s has no violations, light and dark', async (path) => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page, context } = await open(path, { colorScheme });
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			await context.close();
		}
	});
});
