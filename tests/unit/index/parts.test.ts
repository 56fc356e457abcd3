import { describe, expect, test } from 'vitest';
import { PAGES_PER_PART, partCount, partFolder, partOf } from '../../../src/index/parts.ts';

describe('the search index parts', () => {
	test('a glossary gets one part up to the limit, then one more per limit started', () => {
		expect([1, PAGES_PER_PART, PAGES_PER_PART + 1, 10_000, 50_000].map((pages) => partCount(pages))).toEqual([1, 1, 2, 2, 10]);
		expect(partCount(150, 60)).toBe(3);
	});

	test('a page stays in its part whatever other pages there are, and pages spread evenly', () => {
		const paths = Array.from({ length: 10_000 }, (_, index) => `term-${index}/index.html`);
		const sizes = [0, 0, 0, 0];
		for (const path of paths) sizes[partOf(path, 4)]!++;
		for (const size of sizes) expect(Math.abs(size - 2500)).toBeLessThan(150);
		expect(partOf('llm/index.html', 4)).toBe(partOf('llm/index.html', 4));
		expect(partOf('llm/index.html', 1)).toBe(0);
	});

	test('the first part is where Pagefind’s script expects its index; the others are inside it', () => {
		expect([0, 1, 2].map(partFolder)).toEqual(['pagefind/', 'pagefind/part-1/', 'pagefind/part-2/']);
	});
});
