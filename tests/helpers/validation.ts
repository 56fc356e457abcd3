import { validateContent, type ValidationOptions } from '../../src/validate/content.ts';
import { formatProblem, sortProblems, summarise } from '../../src/validate/problem.ts';
import { fixtureContent } from './fixtures.ts';

/**
 * The fixture's report as editors read it: `lines` are its errors, `warnings` its warnings (each
 * case's warnings are tested on their own), `text` the errors and the closing count.
 */
export async function fixtureReport(name: string, options: ValidationOptions = {}) {
	const result = await validateContent(await fixtureContent(name), options);
	const sorted = sortProblems(result.problems);
	const lines = sorted.filter((problem) => problem.severity === 'error').map(formatProblem);
	const warnings = sorted.filter((problem) => problem.severity === 'warning').map(formatProblem);
	const errorsOnly = result.problems.filter((problem) => problem.severity === 'error');
	return { ...result, lines, warnings, text: [...lines, summarise(errorsOnly, result.checkedFiles)].join('\n') };
}

/** What every error case must show: each problem with file, line, a message and its fix. */
export const FRIENDLY_ERROR = /^tests\/\.output\/fixtures\/[^:]+:\d+: .+ — .+/;
