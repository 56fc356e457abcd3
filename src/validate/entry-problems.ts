import { basename } from 'node:path';
import { validateContent } from './content.ts';
import { formatProblem, sortProblems, type Problem } from './problem.ts';

/**
 * For `astro dev`: every term file with errors, checked afresh on each visit, by slug. Their
 * pages show the problems instead of silently missing (see `src/pages/[slug].astro`).
 */
export async function termsWithErrors(): Promise<Map<string, Problem[]>> {
	// A TODO is an error for the build and the pull-request check, but only a warning while writing.
	const report = await validateContent(undefined, { deep: true, templateTodos: 'warning' });
	const bySlug = new Map<string, Problem[]>();
	for (const problem of sortProblems(report.problems)) {
		if (!problem.file.endsWith('.md')) continue;
		const slug = basename(problem.file, '.md');
		bySlug.set(slug, [...(bySlug.get(slug) ?? []), problem]);
	}
	for (const [slug, problems] of bySlug) {
		if (!problems.some((problem) => problem.severity === 'error')) bySlug.delete(slug);
	}
	return bySlug;
}

/**
 * For the `astro dev` terminal: what is wrong with one entry, worded as `npm run validate` words
 * it, instead of the YAML or schema error Astro would print (no line, no field, markdown asterisks).
 */
export async function describeInvalidEntry(slug: string): Promise<string> {
	const errors = ((await termsWithErrors()).get(slug) ?? []).filter((problem) => problem.severity === 'error');
	const list = errors.map((problem) => `\n  ${formatProblem(problem)}`).join('');
	return `${slug}.md is invalid and not published; open /${slug}/ for the details, or run npm run validate.${list}`;
}
