import { stringify } from 'yaml';

export interface TemplateInput {
	title: string;
	/** Whether the glossary writes headings in sentence case ("What is pre-training?"); see `usesSentenceCase`. */
	sentenceCase: boolean;
	category: string | undefined;
	aliases: readonly string[];
	/** Every category id, listed as a hint when no category was chosen. */
	categories: readonly string[];
}

/** A word written as a capital and then small letters only: "Vector", "Pre-training", not "AI" or "LoRA". */
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{N}'’-]*$/u;

/**
 * The title as it reads inside a sentence: "Vector search engine" → "vector search engine".
 * Acronyms and mixed case ("RAG", "LoRA", "EU AI Act") stay as typed, and so does a title
 * with more than one capitalised word, which reads as a proper name ("Google Gemini").
 */
export function midSentence(title: string): string {
	const words = title.split(/\s+/);
	const [first = '', ...rest] = words;
	if (!CAPITALISED.test(first) || rest.some((word) => CAPITALISED.test(word))) return title;
	return first.charAt(0).toLocaleLowerCase() + title.slice(1);
}

const WHAT_IS = /^##\s+What\s+(?:is|are)\s+(?:an?\s+|the\s+)?(.+?)\?\s*$/m;

/**
 * Whether a glossary's own "## What is …?" headings put titles in sentence case, judged by the
 * entries whose case would change: most glossaries do ("What is pre-training?"), some keep titles as typed.
 */
export function usesSentenceCase(terms: readonly { title: string; body: string }[]): boolean {
	let sentence = 0;
	let asTyped = 0;
	for (const { title, body } of terms) {
		const phrase = midSentence(title);
		const heading = WHAT_IS.exec(body)?.[1];
		if (phrase === title || !heading) continue;
		if (heading === phrase) sentence++;
		else if (heading === title) asTyped++;
	}
	return sentence >= asTyped;
}

/**
 * A new term file with every required field and the recommended sections. Each TODO is a place
 * to write; `npm run validate` warns about any left behind.
 */
export function termTemplate({ title, sentenceCase, category, aliases, categories }: TemplateInput): string {
	const phrase = sentenceCase ? midSentence(title) : title;
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

## What is ${phrase}?

TODO: explain the term in plain words, with an example from a real business.

## Why ${phrase} matters for business

TODO: what it changes for a company: costs, risks, opportunities.
`;
}

export interface TranslationTemplateInput {
	/** The source term's file as shown to editors, e.g. `content/terms/pre-training.md`. */
	sourceFile: string;
	/** The source term's frontmatter and body. */
	source: { title: string; summary: string; aliases: readonly string[]; tags: readonly string[]; faq: readonly { question: string; answer: string }[]; body: string };
	/** e.g. "Japanese (ja)" and "English". */
	language: string;
	sourceLanguage: string;
	/** The translated title, when given on the command line. */
	title: string | undefined;
	/** Translated aliases given on the command line. */
	aliases: readonly string[];
}

/**
 * A translation file made from its source term: every text to translate is there, after a TODO,
 * so that nothing is forgotten and nothing untranslated goes live (a TODO fails the check).
 * `category` and `related` are left out: they come from the source term.
 */
export function translationTemplate({ sourceFile, source, language, sourceLanguage, title, aliases }: TranslationTemplateInput): string {
	const yamlValue = (value: unknown) => stringify(value, { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trim();
	const todo = (text: string) => yamlValue(`TODO: ${text}`);
	const hint = (values: readonly string[]) => (values.length > 0 ? ` # in ${sourceLanguage}: ${yamlValue([...values])}` : '');
	const faq = source.faq.length === 0 ? 'faq: []' : ['faq:', ...source.faq.flatMap((item) => [`  - question: ${todo(item.question)}`, `    answer: ${todo(item.answer)}`])].join('\n');
	return `---
# A translation of ${sourceFile} into ${language}. Translate each TODO: it holds the
# ${sourceLanguage} text. category and related come from the ${sourceLanguage} entry unless you add them here.
title: ${title ? yamlValue(title) : todo(source.title)}
summary: ${todo(source.summary)}
aliases: ${yamlValue([...aliases])}${hint(source.aliases)}
tags: []${hint(source.tags)}
${faq}
---

TODO: translate the ${sourceLanguage} text below, then remove this line.

${source.body.trim()}
`;
}
