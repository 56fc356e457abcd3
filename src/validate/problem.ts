/** One thing wrong with the content, located precisely enough for an editor to fix it. */
export interface Problem {
	/** Path of the file, relative to the project, e.g. `content/terms/llm.md`. */
	file: string;
	/** 1-based line in that file; absent for input that has no lines, such as command-line options. */
	line?: number;
	/** The field, e.g. `faq[1].answer`; absent for problems with the whole file. */
	field?: string;
	/** What is wrong, then ` — ` and how to fix it. */
	message: string;
	/** Errors stop the build; warnings only inform. */
	severity: 'error' | 'warning';
}

/** What a thrown value says, whatever was thrown: its message, or with `stack`, where it came from too (for a bug's report). */
export function errorText(error: unknown, options: { stack?: boolean } = {}): string {
	if (!(error instanceof Error)) return String(error);
	return options.stack ? (error.stack ?? error.message) : error.message;
}

/** `path:line: field: what is wrong — how to fix it`, the format editors and CI read. */
export function formatProblem(problem: Problem): string {
	const field = problem.field ? `${problem.field}: ` : '';
	const prefix = problem.severity === 'warning' ? 'warning: ' : '';
	const line = problem.line === undefined ? '' : `:${problem.line}`;
	return `${problem.file}${line}: ${prefix}${field}${problem.message}`;
}

/** GitHub Actions escapes: data loses newlines and `%`; properties also lose `:` and `,`. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * A GitHub Actions workflow command, `::error file=…,line=…,title=…::message`, which GitHub
 * shows as an annotation on that line of the pull request.
 */
export function formatGithubAnnotation(problem: Problem): string {
	const properties = [`file=${escapeProperty(problem.file)}`];
	if (problem.line !== undefined) properties.push(`line=${problem.line}`);
	properties.push(`title=${escapeProperty(problem.field ? `${problem.field}` : 'content check')}`);
	return `::${problem.severity} ${properties.join(',')}::${escapeData(problem.message)}`;
}

function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The closing one-line count, e.g. "✗ 3 errors in 2 files (40 files checked)". */
export function summarise(problems: readonly Problem[], checkedFiles: number): string {
	const errors = problems.filter((problem) => problem.severity === 'error');
	const warnings = problems.length - errors.length;
	const files = new Set(errors.map((problem) => problem.file)).size;
	const warningText = warnings > 0 ? `, ${plural(warnings, 'warning')}` : '';
	if (errors.length === 0) return `✓ no errors${warningText} in ${plural(checkedFiles, 'file')}`;
	return `✗ ${plural(errors.length, 'error')} in ${plural(files, 'file')}${warningText} (${plural(checkedFiles, 'file')} checked)`;
}

/** Sorts problems by file, then line, so the report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort((a, b) => a.file.localeCompare(b.file, 'en') || (a.line ?? 0) - (b.line ?? 0));
}

/** The content failed validation; the message is the full report. */
export class ContentError extends Error {
	readonly problems: readonly Problem[];

	constructor(problems: readonly Problem[], checkedFiles: number) {
		const errors = sortProblems(problems).filter((problem) => problem.severity === 'error');
		super([...errors.map(formatProblem), summarise(problems, checkedFiles)].join('\n'));
		this.name = 'ContentError';
		this.problems = problems;
	}
}
