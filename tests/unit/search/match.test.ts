import { describe, expect, test } from 'vitest';
import { fold, foldedVariants } from '../../../src/search/fold.ts';
import { closestTerms, editDistance, matchTerm, prepareTable, typoAllowance } from '../../../src/search/match.ts';
import type { TermTable } from '../../../src/search/term-table.ts';

const table: TermTable = {
	categories: ['Training', 'Models'],
	terms: [
		['pre-training', 'Pre-training', 0, 'Pretraining'],
		['fine-tuning', 'Fine-tuning', 0],
		['large-language-model', 'Large language model', 1, 'LLM'],
		['retrieval-augmented-generation', 'Retrieval-augmented generation', 1, 'RAG'],
		['bias', 'Bias', 1, 'Algorithmic bias'],
		['eclair', 'Éclair', 1],
	],
};
const entries = prepareTable(table);
const slugOf = (query: string) => matchTerm(query, entries);

describe('fold', () => {
	test('drops case, accents, spaces and punctuation', () => {
		expect(fold('Pre training')).toBe('pretraining');
		expect(fold('PRÉ-TRAINING!')).toBe('pretraining');
		expect(fold('  Retrieval-augmented   generation ')).toBe('retrievalaugmentedgeneration');
	});

	test('offers singular forms of a plural', () => {
		expect(foldedVariants('LLMs')).toEqual(['llms', 'llm']);
		expect(foldedVariants('biases')).toEqual(['biases', 'bias', 'biase']);
		expect(foldedVariants('gas')).toEqual(['gas', 'ga']);
	});
});

describe('editDistance', () => {
	test('counts insertions, deletions, substitutions and swaps of neighbours', () => {
		expect(editDistance('pretraning', 'pretraining', 5)).toBe(1);
		expect(editDistance('retreival', 'retrieval', 5)).toBe(1);
		expect(editDistance('kitten', 'sitting', 5)).toBe(3);
		expect(editDistance('same', 'same', 0)).toBe(0);
	});

	test('gives up past the limit', () => {
		expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
		expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
	});

	test('allows more typos in longer names, none in very short ones', () => {
		expect([3, 4, 7, 12, 30].map(typoAllowance)).toEqual([0, 1, 1, 2, 5]);
	});
});

describe('matchTerm', () => {
	test.each([
		['Pre-training', 'pre-training'],
		['pre training', 'pre-training'],
		['PRETRAINING', 'pre-training'],
		['llm', 'large-language-model'],
		['LLMs', 'large-language-model'],
		['rag', 'retrieval-augmented-generation'],
		['eclair', 'eclair'],
		['algorithmic biases', 'bias'],
	])('“%s” names %s exactly', (query, slug) => {
		expect(slugOf(query)).toMatchObject({ kind: 'exact', entry: { slug } });
	});

	test.each([
		['pretraning', 'pre-training'],
		['fine tunning', 'fine-tuning'],
		['retreival augmented generation', 'retrieval-augmented-generation'],
		['large langauge model', 'large-language-model'],
	])('“%s” is a near miss for %s', (query, slug) => {
		expect(slugOf(query)).toMatchObject({ kind: 'near', entry: { slug } });
	});

	test('short or unrelated queries name no term', () => {
		expect(slugOf('lm')).toBeUndefined();
		expect(slugOf('quantum computing')).toBeUndefined();
		expect(slugOf('   ')).toBeUndefined();
	});

	test('an entry knows its category by name', () => {
		expect(slugOf('rag')?.entry.category).toBe('Models');
	});
});

describe('closestTerms', () => {
	test('suggests the nearest names, nearest first, even when too far to count as a typo', () => {
		expect(closestTerms('fine toon', entries).map((entry) => entry.slug)[0]).toBe('fine-tuning');
		expect(closestTerms('zzzzzzzzzzzzzzzzzzzz', entries)).toEqual([]);
	});
});
