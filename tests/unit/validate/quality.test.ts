import { describe, expect, test } from 'vitest';
import type { TermDocument } from '../../../src/load/documents.ts';
import { parseYaml } from '../../../src/load/yaml.ts';
import { TermSchema } from '../../../src/schemas/term.ts';
import { qualityChecker } from '../../../src/validate/quality.ts';
import type { ParsedTerm } from '../../../src/validate/rules.ts';

/** A term as the checks see it, from its frontmatter and body. */
function term(slug: string, frontmatter: string, body = '## What is it?\n\nText.\n\n## Why it matters for business\n\nText.'): ParsedTerm {
	const yaml = parseYaml(frontmatter, 2);
	const doc: TermDocument = { path: `/content/terms/${slug}.md`, file: `content/terms/${slug}.md`, slug, stamp: '', yaml, body, bodyLine: 10 };
	return { doc, data: TermSchema.parse(yaml.data) };
}

const asked = (slug: string, question: string) =>
	term(slug, `title: ${slug}\nsummary: A short definition.\ncategory: basics\nfaq:\n  - question: ${question}\n    answer: An answer.`);

describe('qualityChecker', () => {
	test('finds a question asked twice when the terms come in slices, as they do while bodies are processed', () => {
		const check = qualityChecker({ templateTodos: 'error', sections: [] });
		expect(check([asked('first', 'How is it priced?')])).toEqual([]);
		expect(check([asked('second', 'Something else?')])).toEqual([]);
		expect(check([asked('third', 'How is it priced?')])).toEqual([
			{ file: 'content/terms/third.md', line: 6, field: 'faq[0].question', message: 'is also asked in content/terms/first.md — ask each question once, where it fits best', severity: 'warning' },
		]);
	});

	test('a new checker starts afresh', () => {
		qualityChecker({ templateTodos: 'error', sections: [] })([asked('first', 'How is it priced?')]);
		expect(qualityChecker({ templateTodos: 'error', sections: [] })([asked('third', 'How is it priced?')])).toEqual([]);
	});
});
