import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TermNames } from '../../../src/search/term-names.ts';
import { shardTable, TERM_TABLE_PATH, termShardPath, type TermTable } from '../../../src/search/term-table.ts';

const table: TermTable = {
	categories: ['Data', 'Models'],
	terms: [
		['tisor', 'Tisor routing connector', 0],
		['inference', 'Inference', 1],
		['token', 'Token', 1, 'Input token'],
		['itemset', 'Itemset', 0],
	],
};

/** The name table as a build writes it, whole and in parts, served over HTTP as a site is. */
const root = resolve('tests/.output/term-names');
let server: Server;
let base: string;

beforeAll(async () => {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(join(root, 'search-terms'), { recursive: true });
	writeFileSync(join(root, TERM_TABLE_PATH), JSON.stringify(table));
	for (const [key, part] of shardTable(table)) writeFileSync(join(root, termShardPath(key)), JSON.stringify(part));
	const files = sirv(root, { dev: true });
	server = createServer((request, response) =>
		files(request, response, () => {
			response.writeHead(404).end();
		}),
	);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe.each([
	['in parts', true],
	['whole', false],
])('the name table, %s', (_, sharded) => {
	test('names a term exactly', async () => {
		const { match } = await new TermNames(base, sharded).lookUp('input-token');
		expect(match).toMatchObject({ kind: 'exact', entry: { slug: 'token' } });
	});

	test('names a term whose first two letters were swapped', async () => {
		const { match } = await new TermNames(base, sharded).lookUp('itsor routing connector');
		expect(match).toMatchObject({ kind: 'near', entry: { slug: 'tisor' } });
	});

	test('lists each term once, with its names from every part it was looked up in', async () => {
		const { entries } = await new TermNames(base, sharded).lookUp('itoken');
		expect(entries.filter((entry) => entry.slug === 'token')).toEqual([expect.objectContaining({ keys: ['token', 'inputtoken'] })]);
	});

	test('keeps to the chosen category', async () => {
		const { entries, match } = await new TermNames(base, sharded).lookUp('itsor routing connector', 'Models');
		expect(match).toBeUndefined();
		expect(entries.map((entry) => entry.category)).toEqual(entries.map(() => 'Models'));
	});
});
