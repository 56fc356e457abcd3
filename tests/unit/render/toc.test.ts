import { describe, expect, test } from 'vitest';
import { wantsTableOfContents } from '../../../src/render/toc.ts';

describe('wantsTableOfContents', () => {
	test('a short entry with the two standard sections has none', () => {
		expect(wantsTableOfContents(2, 300)).toBe(false);
		expect(wantsTableOfContents(2, 2000)).toBe(false);
	});

	test('three sections over a long text get one; over a short text they do not', () => {
		expect(wantsTableOfContents(3, 350)).toBe(true);
		expect(wantsTableOfContents(3, 349)).toBe(false);
	});

	test('four or more headings always get one', () => {
		expect(wantsTableOfContents(4, 10)).toBe(true);
	});
});
