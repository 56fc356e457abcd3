import { basename } from 'node:path';
import { validateContent } from '../validate/content.ts';
import { sortProblems, type Problem } from '../validate/problem.ts';

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
