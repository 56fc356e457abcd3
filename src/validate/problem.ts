/** One thing wrong with the content, located precisely enough for an editor to fix it. */
export interface Problem {
	/** Path of the file, relative to the project, e.g. `content/terms/llm.md`. */
	file: string;
	/** 1-based line in that file. */
	line: number;
	/** The field, e.g. `faq[1].answer`; absent for problems with the whole file. */
	field?: string;
	/** What is wrong, then ` — ` and how to fix it. */
	message: string;
	/** Errors stop the build; warnings only inform. */
	severity: 'error' | 'warning';
}

/** `path:line: field: what is wrong — how to fix it`, the format editors and CI read. */
export function formatProblem(problem: Problem): string {
	const field = problem.field ? `${problem.field}: ` : '';
	const prefix = problem.severity === 'warning' ? 'warning: ' : '';
	return `${problem.file}:${problem.line}: ${prefix}${field}${problem.message}`;
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
	return [...problems].sort((a, b) => a.file.localeCompare(b.file, 'en') || a.line - b.line);
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
