import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/browser.ts';

const demo = useSite('demo');

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; context: BrowserContext }> {
	const context = await demo.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
	const page = await context.newPage();
	await page.goto(new URL(path, demo.site.url).href);
	return { page, context };
}

/** Whether an element's top edge is inside the viewport (it was scrolled to). */
const inViewport = (page: Page, selector: string) =>
	page.locator(selector).evaluate((element) => {
		const top = element.getBoundingClientRect().top;
		return top >= 0 && top < window.innerHeight;
	});

describe('reading the glossary', () => {
	test('home → letter navigation → term page', async () => {
		const { page, context } = await open('');
		await page.getByRole('navigation', { name: 'Letters' }).getByRole('link', { name: 'R', exact: true }).click();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#letter-r');
		await expect.poll(() => inViewport(page, '#letter-r')).toBe(true);
		await page.locator('#letter-r').getByRole('link', { name: 'Retrieval-augmented generation' }).click();
		await page.waitForURL(/\/retrieval-augmented-generation\/$/);
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Retrieval-augmented generation');
		expect(await page.locator('.definition').textContent()).toContain('language model');
		await context.close();
	});

	test('letters without terms are shown but cannot be followed', async () => {
		const { page, context } = await open('');
		const disabled = page.locator('.letter-nav [aria-disabled="true"]');
		expect(await disabled.count()).toBeGreaterThan(0);
		expect(await disabled.evaluateAll((nodes) => nodes.every((node) => node.tagName === 'SPAN'))).toBe(true);
		await context.close();
	});

	test('each FAQ question has an anchor that scrolls to it', async () => {
		const { page, context } = await open('retrieval-augmented-generation/');
		const id = await page.locator('.faq-item h3').nth(2).getAttribute('id');
		expect(id).toMatch(/^faq-/);
		await page.goto(new URL(`retrieval-augmented-generation/#${id}`, demo.site.url).href);
		await expect.poll(() => inViewport(page, `#${id}`)).toBe(true);
		await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Frequently asked questions' }).click();
		await expect.poll(() => inViewport(page, '#faq')).toBe(true);
		await context.close();
	});

	test('an alias address lands on its term', async () => {
		const { page, context } = await open('llm/');
		await page.waitForURL(/\/large-language-model\/$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Large language model');
		await context.close();
	});

	test('an unknown address shows the 404 page', async () => {
		const { page, context } = await open('no-such-term/');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
		await context.close();
	});
});

describe('theme', () => {
	const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

	test('follows the system, and the toggle overrides it and is remembered across pages', async () => {
		const { page, context } = await open('', { colorScheme: 'light' });
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		const light = await background(page);
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');

		await toggle.click();
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		const dark = await background(page);
		expect(dark).not.toBe(light);

		await page.goto(new URL('categories/', demo.site.url).href);
		expect(await background(page)).toBe(dark);
		await page.reload();
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
		expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
		await context.close();

		const system = await open('', { colorScheme: 'dark' });
		expect(await background(system.page)).toBe(dark);
		await system.context.close();
	});
});

describe('layout', () => {
	test.each(['', 'retrieval-augmented-generation/', 'categories/governance/'])('/%s fits a 360 px wide phone', async (path) => {
		const { page, context } = await open(path, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await context.close();
	});

	test('print hides navigation and the call to action', async () => {
		const { page, context } = await open('retrieval-augmented-generation/');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.cta').isVisible()).toBe(false);
		expect(await page.locator('.letter-nav, .site-nav').first().isVisible()).toBe(false);
		expect(await page.locator('.definition').isVisible()).toBe(true);
		await context.close();
	});
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
	const pages = ['', 'retrieval-augmented-generation/', 'categories/data/', 'no-such-page/'];
	test.each(pages.flatMap((path) => (['light', 'dark'] as const).map((scheme) => [path, scheme] as const)))(
		'/%s in %s mode has no violations',
		async (path, colorScheme) => {
			const { page, context } = await open(path, { colorScheme });
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(violations).toEqual([]);
			expect(results.passes.length).toBeGreaterThan(10);
			await context.close();
		},
	);
});
