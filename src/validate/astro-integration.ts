import type { AstroIntegration } from 'astro';
import type { ValidationReport } from './content.ts';
import { formatProblem, sortProblems, summarise } from './problem.ts';

/**
 * Reports the content check that the Astro config ran before anything was loaded: every
 * problem in every file at once (Astro's own schema errors stop at the first). A build stops
 * there, before a page is written; `astro dev` prints the problems and keeps serving.
 */
export function glossaryValidation(report: ValidationReport): AstroIntegration {
	return {
		name: 'glossary-validation',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				const problems = sortProblems(report.problems);
				for (const problem of problems) {
					(problem.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(problem));
				}
				if (report.content) return;
				const summary = summarise(problems, report.checkedFiles);
				if (command === 'build') throw new Error(`Invalid content: ${summary}. Run npm run validate for the full list.`);
				logger.error(summary);
			},
		},
	};
}
