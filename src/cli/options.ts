import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { parseWithFriendlyErrors } from '../validate/gateway.ts';
import { formatProblem, type Problem } from '../validate/problem.ts';

/** Which options take a value, read off the schema, so that `--format github` is one option. */
function optionTypes(schema: z.ZodType): NonNullable<ParseArgsConfig['options']> {
	const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { type?: string }> };
	return Object.fromEntries(
		Object.entries(json.properties ?? {}).map(([name, property]) => [name, { type: property.type === 'boolean' ? 'boolean' : 'string' }]),
	);
}

/**
 * Command-line options through the same gateway as content: an unknown or misspelt option is
 * reported with a "did you mean", and values are checked by the command's schema. Options are
 * `--name value`, `--flag`, or repeated for lists; bare words are `positionals`.
 */
export function parseOptions<Schema extends z.ZodType>(command: string, schema: Schema, argv = process.argv.slice(2)): z.infer<Schema> {
	const types = optionTypes(schema);
	const { tokens } = parseArgs({ args: argv, options: types, strict: false, allowPositionals: true, tokens: true });
	const options: Record<string, unknown> = {};
	const positionals: string[] = [];
	for (const token of tokens) {
		if (token.kind === 'positional') positionals.push(token.value);
		if (token.kind !== 'option') continue;
		const value = token.value ?? true;
		const previous = options[token.name];
		options[token.name] = previous === undefined ? value : [previous, value].flat();
	}
	const problems: Problem[] = [];
	if ('positionals' in types) options['positionals'] = positionals;
	else if (positionals.length > 0) {
		const list = positionals.map((word) => `"${word}"`).join(', ');
		problems.push({ file: command, message: `${list} is not an option — options start with --, e.g. --${Object.keys(types)[0]}`, severity: 'error' });
	}
	const keys = { noun: 'option', label: (key: string) => (key === 'positionals' ? 'the name' : `--${key}`) };
	const result = parseWithFriendlyErrors(schema, options, { file: command, keys });
	if (result.success && problems.length === 0) return result.data;
	if (!result.success) problems.push(...result.problems);
	console.error(problems.map(formatProblem).join('\n'));
	process.exit(2);
}
