import { describe, expect, test } from 'vitest';
import { parseYamlMany, type YamlSource } from '../../../src/load/yaml-pool.ts';
import { parseYaml } from '../../../src/load/yaml.ts';

const MAX = 400;

/**
 * Enough frontmatters for the worker threads to be used, with every kind of outcome among them:
 * every other one has an anchor, which js-yaml leaves to `yaml`, on the workers.
 */
function sources(): YamlSource[] {
	return Array.from({ length: 2500 }, (_, index): YamlSource => {
		if (index % 500 === 7) return { text: 'title: "unclosed\nsummary: x', firstLine: 2 };
		if (index % 500 === 8) return { text: `title: Long\nsummary: ${'x'.repeat(MAX)}`, firstLine: 2 };
		if (index % 500 === 9) return { text: 'title: Dated\nupdated: 2026-03-09\nscore: .nan\n# a reviewer note\nfaq:\n  - question: Why?\n    answer: Because.', firstLine: 2 };
		const anchor = index % 2 === 0 ? '&name ' : '';
		return { text: `title: ${anchor}Term ${index}\nsummary: The term number ${index}.\naliases: [T${index}]`, firstLine: 2 };
	});
}

describe('parseYamlMany', () => {
	test('here and on worker threads, gives what parseYaml gives one document at a time: data, errors, lines and comments', async () => {
		const all = sources();
		const many = await parseYamlMany(all, MAX, { threads: 2 });
		expect(many).toHaveLength(all.length);
		for (const [index, { text, firstLine }] of all.entries()) {
			const one = parseYaml(text, firstLine, MAX);
			expect(many[index]!.data).toEqual(one.data);
			expect(many[index]!.errors).toEqual(one.errors);
			expect(many[index]!.lineOf(['faq', 0, 'answer'])).toBe(one.lineOf(['faq', 0, 'answer']));
			expect(many[index]!.comments()).toEqual(one.comments());
		}
		// The kinds above did occur, so the comparison covered them.
		expect(many[7]!.errors[0]).toMatchObject({ kind: 'syntax', line: 3 });
		expect(many[8]!.errors[0]).toMatchObject({ kind: 'limit', line: 2 });
		expect(many[9]!.data).toMatchObject({ updated: '2026-03-09', score: Number.NaN });
		expect(many[9]!.lineOf(['faq', 0, 'answer'])).toBe(8);
		expect(many[9]!.comments()).toEqual([{ line: 5, text: ' a reviewer note' }]);
	});
});
