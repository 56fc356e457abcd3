import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll } from 'vitest';
import { SITES, type SiteName } from './sites.ts';

/**
 * A real headless Chromium (the one @sparticuz/chromium ships, which runs on this machine).
 * Its default `--single-process` flag breaks a second browser context, so it is dropped.
 */
export async function launchBrowser(): Promise<Browser> {
	return playwright.launch({
		executablePath: await chromium.executablePath(),
		args: chromium.args.filter((arg) => arg !== '--single-process'),
		headless: true,
	});
}

export interface StaticSite {
	/** The site's root URL, base path included, e.g. `http://127.0.0.1:41234/`. */
	url: string;
	close(): Promise<void>;
}

/** Serves a built site on a free loopback port the way a static host would, 404 page included. */
export function serveSite(name: SiteName): Promise<StaticSite> {
	return serveFolder(SITES[name].out, SITES[name].base);
}

/** Serves the site built into `out` for the base path `base` (see `serveSite`). */
export async function serveFolder(out: string, base = '/'): Promise<StaticSite> {
	const files = sirv(out, { dev: false, etag: true });
	const server: Server = createServer((request, response) => {
		const path = request.url ?? '/';
		// As Cloudflare Pages does: the nearest 404.html up the path (a language's own, under /<lang>/).
		const respond404 = () => {
			const folder = path.startsWith(base) ? path.slice(base.length).split('/')[0] : undefined;
			const own = folder ? join(out, folder, '404.html') : undefined;
			response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			response.end(readFileSync(own && existsSync(own) ? own : join(out, '404.html')));
		};
		if (!path.startsWith(base)) return respond404();
		request.url = `/${path.slice(base.length)}`;
		files(request, response, respond404);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

/**
 * For a test file: a browser and the built site served, started before its tests and closed
 * after them. Read `browser` and `site` inside tests and hooks, once they exist.
 */
export function useSite(name: SiteName): { browser: Browser; site: StaticSite } {
	const state = {} as { browser: Browser; site: StaticSite };
	beforeAll(async () => {
		[state.browser, state.site] = await Promise.all([launchBrowser(), serveSite(name)]);
	});
	afterAll(async () => {
		await state.browser?.close();
		await state.site?.close();
	});
	return state;
}
