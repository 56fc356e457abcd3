import { basename, dirname, join } from 'node:path';
import { latestReport } from '../load/term-loader.ts';
import { contentPaths, displayPath } from '../load/paths.ts';
import { validateContent } from '../validate/content.ts';
import { sortProblems, type Problem } from '../validate/problem.ts';

/**
 * For `astro dev`: every term file with errors, by slug, from the content loader's latest check
 * (it checks again on every change). Their pages show the problems instead of silently
 * missing (see `src/pages/[slug].astro`). `lang` picks a translation language's files
 * (`content/<lang>/terms/`); default: the default language's (`content/terms/`).
 */
export async function termsWithErrors(lang?: string): Promise<Map<string, Problem[]>> {
	const report = latestReport() ?? (await validateContent(undefined, { bodies: 'skip' }));
	const paths = contentPaths();
	const folder = displayPath(lang ? join(paths.root, lang, 'terms') : paths.terms);
	const bySlug = new Map<string, Problem[]>();
	for (const problem of sortProblems(report.problems)) {
		if (!problem.file.endsWith('.md') || dirname(problem.file) !== folder) continue;
		const slug = basename(problem.file, '.md');
		bySlug.set(slug, [...(bySlug.get(slug) ?? []), problem]);
	}
	for (const [slug, problems] of bySlug) {
		if (!problems.some((problem) => problem.severity === 'error')) bySlug.delete(slug);
	}
	return bySlug;
}
