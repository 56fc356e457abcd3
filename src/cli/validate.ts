/** `npm run validate [-- --format github] [-- --strict] [-- --translations]`: checks all content without building the site. */
import { performance } from 'node:perf_hooks';
import { translationLanguages } from '../link/languages.ts';
import { lastCommitDates } from '../load/commit-dates.ts';
import { cacheFolder, contentPaths } from '../load/paths.ts';
import { ValidateOptionsSchema } from '../schemas/validate-options.ts';
import { validateContent } from '../validate/content.ts';
import { formatGithubAnnotation, formatProblem, sortProblems, summarise } from '../validate/problem.ts';
import { formatProgress, formatProgressList, translationProgress } from '../validate/translation-report.ts';
import { parseOptions } from './options.ts';

const options = parseOptions('npm run validate', ValidateOptionsSchema);
const started = performance.now();
const paths = contentPaths();
// Bodies checked (or rendered by a build) before are not checked again.
const report = await validateContent(paths, { cacheFolder: cacheFolder() });
const problems = sortProblems(report.problems);
const format = options.format === 'github' ? formatGithubAnnotation : formatProblem;
if (problems.length > 0) console.error(problems.map(format).join('\n') + '\n');

// On a site with translations: how far each language has come. Outdated translations are told
// by date, `updated` or else the last commit (one walk of the history, only for such a site).
if (report.site && translationLanguages(report.site).length > 0) {
	const progress = translationProgress(report, (await lastCommitDates(paths.root)).dates);
	const lines = [...formatProgress(progress, { listed: options.translations }), ...(options.translations ? ['', ...formatProgressList(progress)] : [])];
	console.log(lines.join('\n') + '\n');
}

const seconds = ((performance.now() - started) / 1000).toFixed(2);
const warned = problems.some((problem) => problem.severity === 'warning');
const failed = !report.content || (options.strict && warned);
const strictNote = options.strict && warned ? ' Warnings count as errors with --strict.' : '';
const summary = `${summarise(problems, report.checkedFiles)}, ${seconds} s.${strictNote}`;
(failed ? console.error : console.log)(summary);
if (failed) process.exitCode = 1;
