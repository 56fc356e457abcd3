import { describe, expect, test } from 'vitest';
import { midSentence, usesSentenceCase } from '../../../src/cli/term-template.ts';

describe('headings of a new term follow the glossary’s casing', () => {
	test.each([
		['Vector search engine', 'vector search engine'],
		['Pre-training', 'pre-training'],
		['RAG', 'RAG'],
		['LoRA', 'LoRA'],
		['EU AI Act', 'EU AI Act'],
		['Return on AI investment', 'return on AI investment'],
		['Google Gemini', 'Google Gemini'],
		['Ökosystem', 'ökosystem'],
	])('“%s” reads “%s” mid-sentence', (title, expected) => {
		expect(midSentence(title)).toBe(expected);
	});

	test('a glossary that keeps titles as typed in its headings is followed', () => {
		const asTyped = [
			{ title: 'Fine-tuning', body: '## What is Fine-tuning?\n' },
			{ title: 'Neural network', body: '## What is a Neural network?\n' },
			{ title: 'RAG', body: '## What is RAG?\n' },
		];
		expect(usesSentenceCase(asTyped)).toBe(false);
		expect(usesSentenceCase([{ title: 'Fine-tuning', body: '## What is fine-tuning?\n' }])).toBe(true);
		expect(usesSentenceCase([])).toBe(true);
	});
});
