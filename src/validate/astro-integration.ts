import type { AstroIntegration } from 'astro';
import { formatProblem, sortProblems, summarise } from './problem.ts';
import { validateContent } from './content.ts';

/**
 * Runs the content gateway before Astro loads any collection, so that every problem in every
 * file is reported at once (Astro's own schema errors stop at the first) and no page is built
 * from invalid content. In `astro dev` the problems are printed and the server keeps running.
 */
export function glossaryValidation(): AstroIntegration {
	return {
		name: 'glossary-validation',
		hooks: {
			'astro:config:setup': async ({ command, logger }) => {
				const report = await validateContent();
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
