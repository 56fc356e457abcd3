/**
 * Search figures for a built site, measured in real headless Chromium:
 * - latency: from the last keystroke of a query to its complete results painted (median and p95 over the queries),
 * - for the first query, typed into a search box that has loaded nothing yet: time and bytes fetched to its
 *   first results painted (the term it names, shown while the full-text index loads) and to its complete results,
 * - the index's size on disk (Pagefind's files and the name table).
 *
 * Usage: node tests/bench/search.ts <built site folder> [queries]   (default: 24 from the site's own names)
 * Figures are for the report; nothing here asserts a number.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Page } from 'playwright-core';
import sirv from 'sirv';
import type { TermTable } from '../../src/search/term-table.ts';

function folderSize(path: string): number {
	return readdirSync(path, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Queries a reader would type: titles, aliases, lower-cased names and misspellings, spread over the glossary. */
function queriesFor(table: TermTable, count: number): string[] {
	const rows = table.terms;
	const step = Math.max(1, Math.floor(rows.length / count));
	const queries: string[] = [];
	for (let index = 0; queries.length < count && index < rows.length * 2; index += step) {
		const [, title, , ...aliases] = rows[index % rows.length]!;
		const kind = queries.length % 4;
		if (kind === 0) queries.push(title);
		else if (kind === 1) queries.push(aliases[0] ?? title.toLowerCase());
		else if (kind === 2) queries.push(title.toLowerCase().replace(/(.)(.)(?=.{3})/, '$2$1')); // a swapped pair: a typo
		else queries.push(title.split(' ')[0]!.toLowerCase());
	}
	return queries;
}

interface QueryTimes {
	/** Milliseconds from the last keystroke to the first results painted: the term the query names, when the full-text index is still loading. */
	firstResultsMs: number;
	/** The same to the complete list (Pagefind's full-text results). */
	completeMs: number;
}

/**
 * Types `query` like a person and times its results. The page calls `benchFirstResults()`, when
 * the test exposes it, the moment the first results are painted.
 */
async function timeQuery(page: Page, query: string): Promise<QueryTimes> {
	await page.locator('#dialog-search-input').fill('');
	await page.waitForFunction(() => (document.querySelector<HTMLElement>('#dialog-search-results')?.dataset['query'] ?? '') === '');
	await page.evaluate(() => {
		const state = window as unknown as { lastInput: number; painted: Promise<number> };
		const input = document.querySelector('#dialog-search-input')!;
		input.addEventListener('input', () => (state.lastInput = performance.now()));
	});
	await page.locator('#dialog-search-input').pressSequentially(query, { delay: 40 });
	return page.evaluate(async (expected) => {
		const state = window as unknown as { lastInput: number; benchFirstResults?: () => Promise<void> };
		const list = document.querySelector<HTMLElement>('#dialog-search-results')!;
		const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		// `data-named` is set when the named term is shown ahead of the rest; `data-query` when the list is complete.
		const reached = (attributes: readonly ('named' | 'query')[]) =>
			new Promise<number>((resolve) => {
				const done = () => void painted().then(() => resolve(performance.now() - state.lastInput));
				const there = () => attributes.some((attribute) => list.dataset[attribute] === expected);
				if (there()) return done();
				const observer = new MutationObserver(() => {
					if (!there()) return;
					observer.disconnect();
					done();
				});
				observer.observe(list, { attributes: true, attributeFilter: attributes.map((attribute) => `data-${attribute}`) });
			});
		const [firstResultsMs, completeMs] = await Promise.all([reached(['named', 'query']).then(async (ms) => (await state.benchFirstResults?.(), ms)), reached(['query'])]);
		return { firstResultsMs, completeMs };
	}, query);
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

export interface SearchFigures {
	terms: number;
	/** The first query, typed into a search box that has loaded nothing yet: to its first results painted, and to its complete list. */
	firstMs: number;
	firstCompleteMs: number;
	medianMs: number;
	p95Ms: number;
	queries: number;
	/** Bytes fetched from opening the search box to the first query's first results painted, and to its complete list. */
	firstBytes: number;
	firstCompleteBytes: number;
	/** Pagefind's files, and the name table (its parts, for a large glossary). */
	indexBytes: number;
	tableBytes: number;
}

/** Measures search on a built site served from `folder`, with `queryCount` queries. */
export async function measureSearch(folder: string, queryCount = 24): Promise<SearchFigures> {
	const files = sirv(folder, { dev: false });
	const server = createServer((request, response) =>
		files(request, response, () => {
			response.writeHead(404).end();
		}),
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
	const browser = await playwright.launch({
		executablePath: await chromium.executablePath(),
		args: chromium.args.filter((arg) => arg !== '--single-process'),
	});

	try {
		const table = JSON.parse(readFileSync(join(folder, 'search-terms.json'), 'utf8')) as TermTable;
		const queries = queriesFor(table, queryCount);
		const page = await browser.newPage();
		await page.goto(root);
		let bytes = 0;
		let firstBytes: number | undefined;
		const firstRequests: string[] = [];
		page.on('requestfinished', (request) =>
			void request.sizes().then((sizes) => {
				bytes += sizes.responseBodySize + sizes.responseHeadersSize;
				firstRequests.push(`${(sizes.responseBodySize / 1024).toFixed(1)} KiB  ${request.url().slice(root.length)}${firstBytes === undefined ? '' : '  (after the first results)'}`);
			}),
		);
		// Responses report their sizes a moment after they finish: what finished before the first results is counted a little later.
		await page.exposeFunction('benchFirstResults', () => new Promise<void>((resolve) => setTimeout(() => resolve(void (firstBytes ??= bytes)), 50)));
		await page.keyboard.press('/');
		const first = await timeQuery(page, queries[0]!);
		await page.waitForTimeout(300); // let the last responses report their sizes
		const firstCompleteBytes = bytes;
		if (process.env['BENCH_VERBOSE']) console.log(`Fetched up to the first query's complete results:\n  ${firstRequests.join('\n  ')}`);
		const latencies: number[] = [];
		for (const query of queries.slice(1)) {
			latencies.push((await timeQuery(page, query)).completeMs);
			if (process.env["BENCH_VERBOSE"]) console.log(`${latencies.at(-1)!.toFixed(0)} ms  ${query}`);
		}

		return {
			terms: table.terms.length,
			firstMs: first.firstResultsMs,
			firstCompleteMs: first.completeMs,
			medianMs: percentile(latencies, 0.5),
			p95Ms: percentile(latencies, 0.95),
			queries: latencies.length,
			firstBytes: firstBytes ?? firstCompleteBytes,
			firstCompleteBytes,
			indexBytes: folderSize(join(folder, 'pagefind')),
			tableBytes: existsSync(join(folder, 'search-terms')) ? folderSize(join(folder, 'search-terms')) : statSync(join(folder, 'search-terms.json')).size,
		};
	} finally {
		await browser.close();
		server.close();
	}
}

const kib = (value: number) => `${(value / 1024).toFixed(1)} KiB`;

if (import.meta.main) {
	const folder = process.argv[2] ?? 'dist';
	const figures = await measureSearch(folder, Number(process.argv[3] ?? 24));
	console.log(`| site | terms | first query (cold): first results / complete | median latency | p95 latency | queries | bytes for first query: first results / complete | index on disk |`);
	console.log(`| --- | --- | --- | --- | --- | --- | --- | --- |`);
	console.log(
		`| ${folder} | ${figures.terms} | ${figures.firstMs.toFixed(0)} / ${figures.firstCompleteMs.toFixed(0)} ms | ${figures.medianMs.toFixed(0)} ms | ${figures.p95Ms.toFixed(0)} ms | ${figures.queries} | ${kib(figures.firstBytes)} / ${kib(figures.firstCompleteBytes)} | ${kib(figures.indexBytes)} + ${kib(figures.tableBytes)} name table |`,
	);
}
