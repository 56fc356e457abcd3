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

	test('the call to action in dark mode is a muted panel, not the brightest block on the page', async () => {
		const { page, context } = await open('token/', { colorScheme: 'dark' });
		const luminance = (color: string) => {
			const [r, g, b] = color.match(/\d+/g)!.slice(0, 3).map((channel) => Number(channel) / 255);
			return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
		};
		const cta = await page.locator('.cta').evaluate((element) => getComputedStyle(element).backgroundColor);
		const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(luminance(cta)).toBeLessThan(0.2); // the accent it used to be is about 0.75
		expect(luminance(cta)).toBeGreaterThan(luminance(body));
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

	test('a term page uses the width of a desktop: its sections and its category beside the text', async () => {
		const { page, context } = await open('token/');
		const text = await page.locator('.term-body').boundingBox();
		const rail = page.locator('.term-rail');
		expect(await rail.getByRole('navigation', { name: 'On this page' }).isVisible()).toBe(true);
		expect(await rail.getByRole('navigation', { name: /^More in / }).isVisible()).toBe(true);
		const box = (await rail.boundingBox())!;
		expect(box.x).toBeGreaterThan(text!.x + text!.width);
		expect(box.x + box.width).toBeGreaterThan(1280 - 100);
		await context.close();
	});

	test('on a phone a short term page leaves the rail out, and a long one keeps its contents above the body', async () => {
		const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
		const short = await open('token/', phone);
		expect(await short.page.locator('.term-rail .toc').isVisible()).toBe(false);
		expect(await short.page.locator('.rail-category').isVisible()).toBe(false);
		await short.context.close();
		const long = await open('retrieval-augmented-generation/', phone);
		expect(await long.page.locator('.term-rail .toc').isVisible()).toBe(true);
		await long.context.close();
	});

	test('on a phone no line of the breadcrumb starts with "›", and FAQ questions keep hyphenated words whole', async () => {
		const { page, context } = await open('pre-training/', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		const crumbs = await page.locator('.breadcrumb li').evaluateAll((items) =>
			items.map((item) => ({ top: item.getBoundingClientRect().top, before: getComputedStyle(item, '::before').content, after: getComputedStyle(item, '::after').content })),
		);
		expect(new Set(crumbs.map((crumb) => crumb.top)).size).toBeGreaterThan(1); // it does wrap at this width
		expect(crumbs.every((crumb) => crumb.before === 'none')).toBe(true);
		expect(crumbs.at(-1)!.after).toBe('none');
		const words = page.locator('.faq-item h3 .nowrap');
		expect(await words.count()).toBeGreaterThan(0);
		expect(await words.evaluateAll((spans) => spans.every((span) => span.getClientRects().length === 1))).toBe(true);
		await context.close();
	});

	test.each([
		[1280, 800],
		[390, 844],
	])('the home page shows one search box on its first screen at %i px', async (width, height) => {
		const { page, context } = await open('', { viewport: { width, height }, isMobile: width < 600, hasTouch: width < 600 });
		const visible = await page.locator('[data-search-open]').evaluateAll((boxes) =>
			boxes.filter((box) => {
				const rect = box.getBoundingClientRect();
				return rect.width > 0 && rect.bottom > 0 && rect.top < window.innerHeight;
			}).length,
		);
		expect(visible).toBe(1);
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
	const pages = ['', 'retrieval-augmented-generation/', 'categories/data/', 'search/', 'no-such-page/'];
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
