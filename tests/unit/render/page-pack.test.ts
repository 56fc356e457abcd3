import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PagePack } from '../../../src/render/page-pack.ts';

const page = (text: string) => Buffer.from(`<!doctype html><title>${text}</title>`);
/** The title of a page as the pack gives it back. */
const titleIn = (pack: PagePack, path: string) => /<title>(.*)<\/title>/.exec(pack.get(path)?.toString() ?? '')?.[1];
const packFiles = (folder: string) => readdirSync(folder).filter((file) => file.endsWith('.pack'));

/** A new pack folder holding these pages, saved as a build saves it. */
function savedPack(pages: Record<string, string>): string {
	const folder = mkdtempSync(join(tmpdir(), 'page-pack-'));
	const pack = new PagePack(folder);
	for (const [path, text] of Object.entries(pages)) pack.put(path, page(text));
	pack.save();
	return folder;
}

describe('PagePack', () => {
	test('gives back each page as it was put, in the next build too', () => {
		const folder = savedPack({ 'llm/index.html': 'LLM', 'rag/index.html': 'RAG' });
		const next = new PagePack(folder);
		expect(titleIn(next, 'llm/index.html')).toBe('LLM');
		expect(titleIn(next, 'rag/index.html')).toBe('RAG');
		expect(next.get('missing/index.html')).toBeUndefined();
	});

	test('a build that stops before saving leaves the last build’s pages as they were', () => {
		const folder = savedPack({ 'llm/index.html': 'LLM, first build' });
		const stopped = new PagePack(folder);
		stopped.put('llm/index.html', page('LLM, a build that never ended'));
		stopped.put('new/index.html', page('New'));
		stopped.close();

		const next = new PagePack(folder);
		expect(titleIn(next, 'llm/index.html')).toBe('LLM, first build');
		expect(next.get('new/index.html')).toBeUndefined();
	});

	test('is written anew once pages no longer used outweigh those in use, keeping those in use', () => {
		const folder = savedPack(Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`term-${index}/index.html`, `Term ${index}`])));
		const [before] = packFiles(folder);
		const fullSize = statSync(join(folder, before!)).size;

		const next = new PagePack(folder);
		for (let index = 0; index < 8; index++) next.delete(`term-${index}/index.html`);
		next.put('term-9/index.html', page('Term 9, edited'));
		next.save();

		const after = packFiles(folder);
		expect(after).toHaveLength(1);
		expect(after[0]).not.toBe(before);
		expect(statSync(join(folder, after[0]!)).size).toBeLessThan(fullSize / 2);
		const reopened = new PagePack(folder);
		expect(titleIn(reopened, 'term-8/index.html')).toBe('Term 8');
		expect(titleIn(reopened, 'term-9/index.html')).toBe('Term 9, edited');
		expect(reopened.get('term-0/index.html')).toBeUndefined();
	});

	test('starts empty when its index is unreadable, and gives back no page its pack has lost', () => {
		const folder = savedPack({ 'llm/index.html': 'LLM' });
		writeFileSync(join(folder, 'index.json'), '{ not json');
		expect(new PagePack(folder).get('llm/index.html')).toBeUndefined();

		const other = savedPack({ 'llm/index.html': 'LLM' });
		for (const file of packFiles(other)) writeFileSync(join(other, file), '');
		expect(existsSync(join(other, 'index.json'))).toBe(true);
		expect(new PagePack(other).get('llm/index.html')).toBeUndefined();
	});
});
