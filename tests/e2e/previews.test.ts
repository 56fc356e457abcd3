import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/browser.ts';

const demo = useSite('demo');

const PAGE = 'retrieval-augmented-generation/';
const tip = (page: Page) => page.locator('#term-preview');
const firstTermLink = (page: Page) => page.locator('.prose a.term-link').first();

/** The definition the linked term's own page shows, read from the built site. */
async function definitionOf(href: string): Promise<string> {
	const html = await (await fetch(new URL(href, demo.site.url))).text();
	return /<div class="definition">.*?<p[^>]*>(.*?)<\/p>/s.exec(html)![1]!;
}

describe('term link previews', () => {
	test('hovering a term link shows its title and definition; leaving hides it', async () => {
		const page = await demo.browser.newPage();
		await page.goto(new URL(PAGE, demo.site.url).href);
		const link = firstTermLink(page);
		await link.hover();
		await expect.poll(() => tip(page).isVisible()).toBe(true);
		expect(await tip(page).locator('strong').textContent()).toBe('Large language model');
		expect(await tip(page).locator('span').textContent()).toBe(await definitionOf((await link.getAttribute('href'))!));
		expect(await tip(page).getAttribute('role')).toBe('tooltip');
		expect(await link.getAttribute('aria-describedby')).toBe('term-preview');
		await page.mouse.move(0, 0);
		await expect.poll(() => tip(page).isVisible()).toBe(false);
		expect(await link.getAttribute('aria-describedby')).toBeNull();
		await page.close();
	});

	test('keyboard focus shows it, Escape hides it, and axe finds no violations while it is open', async () => {
		const context = await demo.browser.newContext();
		const page = await context.newPage();
		await page.goto(new URL(PAGE, demo.site.url).href);
		await firstTermLink(page).focus();
		await expect.poll(() => tip(page).isVisible()).toBe(true);
		const report = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(report.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		await page.keyboard.press('Escape');
		await expect.poll(() => tip(page).isVisible()).toBe(false);
		await context.close();
	});

	test('stays on screen on a narrow phone, and a first tap previews instead of leaving the page', async () => {
		const context = await demo.browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		await page.goto(new URL(PAGE, demo.site.url).href);
		const links = page.locator('.prose a.term-link');
		const last = links.nth((await links.count()) - 1);
		await last.scrollIntoViewIfNeeded();
		await last.tap();
		await expect.poll(() => tip(page).isVisible()).toBe(true);
		expect(page.url()).toBe(new URL(PAGE, demo.site.url).href);
		const box = (await tip(page).boundingBox())!;
		const viewport = page.viewportSize()!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
		expect(await tip(page).textContent()).toContain('Tap the link again to open it.');
		const href = (await last.getAttribute('href'))!;
		await last.tap();
		await page.waitForURL(new URL(href, demo.site.url).href);
		await context.close();
	});

	test('without JavaScript a term link is a plain link', async () => {
		const context = await demo.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(new URL(PAGE, demo.site.url).href);
		const link = firstTermLink(page);
		await link.hover();
		expect(await tip(page).count()).toBe(0);
		const href = (await link.getAttribute('href'))!;
		await link.click();
		await page.waitForURL(new URL(href, demo.site.url).href);
		await context.close();
	});
});
