import { stringify } from 'yaml';

export interface TemplateInput {
	title: string;
	category: string | undefined;
	aliases: readonly string[];
	/** Every category id, listed as a hint when no category was chosen. */
	categories: readonly string[];
}

/**
 * A new term file with every required field and the recommended sections. Each TODO is a place
 * to write; `npm run validate` warns about any left behind.
 */
export function termTemplate({ title, category, aliases, categories }: TemplateInput): string {
	// Flow style keeps lists on the line, as editors write them: aliases: [LLM, Large model]
	const yamlValue = (value: unknown) => stringify(value, { collectionStyle: 'flow', flowCollectionPadding: false }).trim();
	const categoryLine = category
		? `category: ${yamlValue(category)}`
		: `category: TODO # one of: ${categories.join(', ')}`;
	return `---
title: ${yamlValue(title)}
summary: >-
  TODO: one plain sentence that says what the term is, without repeating its name.
${categoryLine}
aliases: ${yamlValue([...aliases])}
tags: []
related: []
faq:
  - question: TODO?
    answer: TODO.
---

## What is ${title}?

TODO: explain the term in plain words, with an example from a real business.

## Why ${title} matters for business

TODO: what it changes for a company: costs, risks, opportunities.
`;
}
