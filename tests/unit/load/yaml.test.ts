import { describe, expect, test } from 'vitest';
import { parseYamlData, parseYamlFully, parseYamlQuickly } from '../../../src/load/yaml.ts';

/** A small deterministic random number generator, so that a failure can be run again. */
function randomFrom(seed: number): () => number {
	let state = seed;
	return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** Pieces of YAML syntax, joined at random into documents that are valid, invalid or odd. */
const PIECES = ['a', 'x y', ':', ': ', ' ', '  ', '\n', '\n  ', '\n- ', '- ', '"', "'", '#', ' #', '[', ']', '{', '}', ',', '? ', '|', '>', '|-', '>+', '|2', '&a ', '*a', '!', '!!str ', '%', '---', '...', '\t', '\\', '\\n', '1', '0x1F', '0o7', '0b1', '1_0', '1e3', '1e400', '.5', 'null', '~', 'true', 'no', '.inf', '.nan', '@', '\u00e9', '\r\n', 'title', 'question: ', '  - ', '__proto__', '<<', '-0', '+1'];

const TERM = `title: Retrieval-augmented generation
aliases: [RAG, "retrieval augmented generation"]
summary: >
  A way to ground a language model's answers in documents it looks up first.
category: techniques
related: [llm, embeddings]
updated: 2026-03-09
autolink: true
faq:
  - question: Is it the same as fine-tuning?
    answer: 'No: the model stays as it is, and what it reads changes.'
`;

describe('parseYamlData', () => {
	test('reads ordinary frontmatter quickly, with js-yaml', () => {
		expect(parseYamlQuickly(TERM)).toEqual(parseYamlFully(TERM, 1));
		expect(parseYamlQuickly(TERM)?.data).toMatchObject({ title: 'Retrieval-augmented generation', updated: '2026-03-09', faq: [{ question: 'Is it the same as fine-tuning?' }] });
	});

	// Each of these, js-yaml reads as yaml does not (found by the comparison below, before they were left to yaml).
	test.each([
		['a leading tab', '\ttitle'],
		['a document end', '...\ntitle: x'],
		['a document start after spaces', ' ---'],
		['a YAML 1.1 directive', '%YAML 1.1\n---\na: yes'],
		['an anchor before a key', 'question: &a answer: x'],
		['a tag before a key', 'question: !!str answer: x'],
		['a block scalar with its indentation', 'a: |1\n  b'],
		['an alias', 'a: &x 1\nb: *x'],
		['a key null', 'null: 1'],
		['a number too large', 'a: 1e400'],
	])('leaves %s to yaml', (_, text) => {
		expect(parseYamlQuickly(text)).toBeUndefined();
		expect(parseYamlData(text, 1)).toEqual(parseYamlFully(text, 1));
	});

	test('gives what yaml gives, for 20,000 random documents', () => {
		const random = randomFrom(20261128);
		let quick = 0;
		for (let count = 0; count < 20_000; count++) {
			let text = '';
			const pieces = 1 + Math.floor(random() * 14);
			for (let piece = 0; piece < pieces; piece++) text += PIECES[Math.floor(random() * PIECES.length)];
			const read = parseYamlData(text, 1);
			expect(read, JSON.stringify(text)).toEqual(parseYamlFully(text, 1));
			if (parseYamlQuickly(text)) quick++;
		}
		// Both ways were compared: many documents were read quickly, many left to yaml.
		expect(quick).toBeGreaterThan(5000);
		expect(quick).toBeLessThan(15_000);
	});
});
