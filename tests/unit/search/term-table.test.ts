import { describe, expect, test } from 'vitest';
import { prepareTable } from '../../../src/search/match.ts';
import { shardKey, shardTable, type TermTable } from '../../../src/search/term-table.ts';

describe('the name table in parts', () => {
	test('a name files under its first character once folded, or that character’s code point', () => {
		expect(shardKey('Pré-training')).toBe('p');
		expect(shardKey('  "Écho"')).toBe('e');
		expect(shardKey('2FA')).toBe('2');
		expect(shardKey('機械学習')).toBe('u6a5f');
		expect(shardKey('—')).toBeUndefined();
	});

	test('a term is in the part of each of its names, with the aliases that file there', () => {
		const table: TermTable = {
			categories: ['Models'],
			terms: [
				['large-language-model', 'Large language model', 0, 'LLM', 'Foundation LLM'],
				['token', 'Token', 0],
			],
		};
		const shards = shardTable(table);
		expect([...shards.keys()].sort()).toEqual(['f', 'l', 't']);
		expect(shards.get('l')!.terms).toEqual([['large-language-model', 'Large language model', 0, 'LLM']]);
		expect(shards.get('f')!.terms).toEqual([['large-language-model', 'Large language model', 0, 'Foundation LLM']]);
		expect(prepareTable(shards.get('f')!)[0]!.keys).toContain('foundationllm');
	});
});
