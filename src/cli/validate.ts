/** `npm run validate [-- --format github] [-- --strict]`: checks all content without building the site. */
import { performance } from 'node:perf_hooks';
import { cacheFolder } from '../load/paths.ts';
import { ValidateOptionsSchema } from '../schemas/validate-options.ts';
import { validateContent } from '../validate/content.ts';
import { formatGithubAnnotation, formatProblem, sortProblems, summarise } from '../validate/problem.ts';
import { parseOptions } from './options.ts';

const options = parseOptions('npm run validate', ValidateOptionsSchema);
const started = performance.now();
// Bodies checked (or rendered by a build) before are not checked again.
const report = await validateContent(undefined, { cacheFolder: cacheFolder() });
const problems = sortProblems(report.problems);
const format = options.format === 'github' ? formatGithubAnnotation : formatProblem;
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length > 0) console.error(problems.map(format).join('\n') + '\n');

const warned = problems.some((problem) => problem.severity === 'warning');
const failed = !report.content || (options.strict && warned);
const strictNote = options.strict && warned ? ' Warnings count as errors with --strict.' : '';
const summary = `${summarise(problems, report.checkedFiles)}, ${seconds} s.${strictNote}`;
(failed ? console.error : console.log)(summary);
if (failed) process.exitCode = 1;
