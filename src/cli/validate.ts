/** `npm run validate`: checks all content without building the site. */
import { performance } from 'node:perf_hooks';
import { formatProblem, sortProblems, summarise } from '../validate/problem.ts';
import { validateContent } from '../validate/content.ts';

const started = performance.now();
const report = await validateContent();
const lines = sortProblems(report.problems).map(formatProblem);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (lines.length > 0) console.error(lines.join('\n') + '\n');
const summary = `${summarise(report.problems, report.checkedFiles)}, ${seconds} s.`;
if (report.content) {
	console.log(summary);
} else {
	console.error(summary);
	process.exitCode = 1;
}
