import { z } from 'zod';
import type { PositionedYaml } from '../load/yaml.ts';
import { findForbiddenCharacters, visible } from './characters.ts';
import type { Problem } from './problem.ts';
import { closest } from './suggest.ts';

/** Where parsed data came from, so that problems point at the right file and line. */
export interface DataSource {
	/** A file, or where else the data came from, e.g. `npm run new`. */
	file: string;
	/** Line lookups for data read from YAML; absent for data without lines (command-line options). */
	yaml?: Pick<PositionedYaml, 'lineOf' | 'lineOfKey'>;
	/** What keys are called and how they are written, e.g. options written `--category`. Default: fields as named. */
	keys?: { noun: string; label(key: string): string };
}

const FIELDS = { noun: 'field', label: (key: string) => key };

export type FriendlyResult<T> = { success: true; data: T } | { success: false; problems: Problem[] };

/** `faq[1].answer` from `['faq', 1, 'answer']`. */
export function fieldName(path: readonly PropertyKey[]): string {
	return path
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
		.join('');
}

const TYPE_NAMES: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a set of "key: value" fields',
	date: 'a date',
	undefined: 'missing',
	null: 'empty',
};

const TYPE_FIXES: Record<string, string> = {
	string: 'write plain text (quote it if it starts with a special character)',
	boolean: 'write true or false',
	array: 'write a list, e.g. [first, second], or one "- item" per line',
	object: 'write the fields indented under it',
};

function describeInput(input: unknown): string {
	if (Array.isArray(input)) return TYPE_NAMES['array']!;
	if (input instanceof Date) return TYPE_NAMES['date']!;
	if (input === null) return TYPE_NAMES['null']!;
	return TYPE_NAMES[typeof input] ?? typeof input;
}

/** The keys a strict object at `path` accepts, for "did you mean" on unknown keys. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let current: z.ZodType = schema;
	const steps = [...path];
	for (;;) {
		if (current instanceof z.ZodDefault || current instanceof z.ZodOptional) {
			current = current.unwrap() as z.ZodType;
		} else if (current instanceof z.ZodPipe) {
			current = current.in as z.ZodType;
		} else if (steps.length === 0) {
			return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
		} else if (current instanceof z.ZodObject) {
			current = current.shape[String(steps.shift())] as z.ZodType;
		} else if (current instanceof z.ZodArray) {
			steps.shift();
			current = current.element as z.ZodType;
		} else if (current instanceof z.ZodRecord) {
			steps.shift();
			current = current.valueType as z.ZodType;
		} else {
			return [];
		}
		if (!current) return [];
	}
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
	// A schema's own message already says what is wrong and how to fix it.
	if (issue.message.includes(' — ')) return issue.message;
	switch (issue.code) {
		case 'invalid_type': {
			if (input === undefined) return 'is required — add it';
			const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
			const fix = TYPE_FIXES[issue.expected] ?? `change it to ${expected}`;
			return `should be ${expected}, not ${describeInput(input)} — ${fix}`;
		}
		case 'too_small':
			return issue.origin === 'string' ? 'is empty — write some text or remove the field' : `${issue.message} — add more`;
		case 'invalid_key':
			return `"${visible(String(input))}" ${issue.issues[0]?.message ?? 'is not a valid key — rename it'}`;
		case 'invalid_value':
			return `is not one of the allowed values — use one of: ${issue.values.map(String).join(', ')}`;
		default:
			return `${issue.message} — check this field`;
	}
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let current = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

/**
 * The one gateway for user-facing validation: content, configuration and command-line input.
 * It returns every problem at once, each with file, line, field and a fix, instead of throwing at the first.
 */
export function parseWithFriendlyErrors<Schema extends z.ZodType>(
	schema: Schema,
	data: unknown,
	source: DataSource,
): FriendlyResult<z.infer<Schema>> {
	// Keys are shown with any invisible character spelt out, so the field names what is really there.
	const shown = (path: readonly PropertyKey[]) => path.map((key) => (typeof key === 'string' ? visible(key) : key));
	const fieldOf = (path: readonly PropertyKey[]) => (source.keys ? source.keys.label(visible(String(path[0]))) : fieldName(shown(path)));
	// Invisible and control characters first, in any value or key: the schema's own complaint
	// about such a field ("is not a slug") would not say what is really wrong.
	const characterProblems = findForbiddenCharacters(data).map(({ path, key, message }): Problem => {
		const problem: Problem = { file: source.file, message, severity: 'error' };
		const where = key === undefined ? path : [...path, key];
		if (where.length > 0) problem.field = fieldOf(where);
		if (source.yaml) problem.line = key === undefined ? source.yaml.lineOf(path) : source.yaml.lineOfKey(path, key);
		return problem;
	});
	const reported = new Set(characterProblems.map((problem) => problem.field));
	const result = schema.safeParse(data);
	if (result.success && characterProblems.length === 0) return { success: true, data: result.data };
	if (result.success) return { success: false, problems: characterProblems };
	const keys = source.keys ?? FIELDS;
	const pathKey = (path: readonly PropertyKey[]) => JSON.stringify(path.map(String));
	const isMissing = (issue: z.core.$ZodIssue) => issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined;
	const missing = new Set(result.error.issues.filter(isMissing).map((issue) => pathKey(issue.path)));
	// A misspelt required key ("catgory") is one mistake, reported once on the typo's line:
	// the "required" problem for the key it was meant to be is dropped.
	const retyped = new Set<string>();
	const unknownKeys = result.error.issues.flatMap((issue): Problem[] => {
		if (issue.code !== 'unrecognized_keys') return [];
		const allowed = keysAt(schema, issue.path);
		return issue.keys.map((key) => {
			const meant = closest(key, allowed);
			const required = meant !== undefined && missing.has(pathKey([...issue.path, meant]));
			if (required) retyped.add(pathKey([...issue.path, meant]));
			const hint = meant ? `did you mean "${keys.label(meant)}"? ` : '';
			const problem: Problem = {
				file: source.file,
				field: fieldOf([...issue.path, key]),
				message: required
					? `is not a known ${keys.noun} — rename it to "${keys.label(meant)}", which is required and missing`
					: `is not a known ${keys.noun} — ${hint}Known ${keys.noun}s: ${allowed.map(keys.label).join(', ')}.`,
				severity: 'error',
			};
			if (source.yaml) problem.line = source.yaml.lineOfKey(issue.path, key);
			return problem;
		});
	});
	const otherIssues = result.error.issues.filter(
		(issue) => issue.code !== 'unrecognized_keys' && !(isMissing(issue) && retyped.has(pathKey(issue.path))),
	);
	const schemaProblems = [
		...unknownKeys,
		...otherIssues.map((issue): Problem => {
			const problem: Problem = {
				file: source.file,
				message: describeIssue(issue, issue.code === 'invalid_key' ? issue.path.at(-1) : valueAt(data, issue.path)),
				severity: 'error',
			};
			if (source.yaml) problem.line = source.yaml.lineOf(issue.path);
			if (issue.path.length > 0) problem.field = fieldOf(issue.path);
			return problem;
		}),
	];
	const problems = [...characterProblems, ...schemaProblems.filter((problem) => !reported.has(problem.field))];
	return { success: false, problems };
}
