import type { z } from 'zod';
import { loadYamlFile, type SourceDocument, type TermDocument } from '../load/documents.ts';
import { displayPath } from '../load/paths.ts';
import type { TermData, TermSchema } from '../schemas/term.ts';
import type { TranslationData, TranslationSchema } from '../schemas/translation.ts';
import { forbiddenCharacterMessages } from './characters.ts';
import { parseWithFriendlyErrors } from './gateway.ts';
import { errorText, type Problem } from './problem.ts';

/*
 * Content files through the one gateway (`parseWithFriendlyErrors`): a term or translation's
 * frontmatter, or a whole `.yml` file, each problem with its file, line, field and fix.
 */

/** Each term file's parse, by document: a document kept from an earlier check is not parsed again. */
const parses = new WeakMap<TermDocument, { data: TermData | TranslationData | undefined; problems: Problem[] }>();

export function parseTerm<Schema extends typeof TermSchema | typeof TranslationSchema>(doc: TermDocument, schema: Schema): { data: z.infer<Schema> | undefined; problems: Problem[] } {
	let parse = parses.get(doc);
	if (!parse) {
		const problems: Problem[] = [];
		parse = { data: parseDocument(doc, schema as z.ZodType<TermData | TranslationData>, problems), problems };
		parses.set(doc, parse);
	}
	return parse as { data: z.infer<Schema> | undefined; problems: Problem[] };
}

const MISSING_FILE_FIX: Record<string, string> = {
	'site.yml': 'create it with the site name, url, description and publisher (see README, "Configure the site")',
	'categories.yml': 'create it with one entry per category: id: { name, description }',
};

/** Parses one YAML document with `schema`, turning every failure, even an unforeseen one, into problems. */
export function parseDocument<Schema extends z.ZodType>(
	doc: SourceDocument,
	schema: Schema,
	problems: Problem[],
): z.infer<Schema> | undefined {
	try {
		return parseValidDocument(doc, schema, problems);
	} catch (error) {
		// Content comes from strangers: no file, however broken, may stop the check of the others.
		problems.push({
			file: doc.file,
			line: 1,
			message: `could not be checked (${errorText(error)}) — simplify the frontmatter, and report this to the glossary's maintainers`,
			severity: 'error',
		});
		return undefined;
	}
}

function parseValidDocument<Schema extends z.ZodType>(
	doc: SourceDocument,
	schema: Schema,
	problems: Problem[],
): z.infer<Schema> | undefined {
	if (!doc.yaml) {
		problems.push({
			file: doc.file,
			line: 1,
			message: 'has no frontmatter — start the file with a line "---", the fields, then another "---"',
			severity: 'error',
		});
		return undefined;
	}
	if (doc.yaml.errors.length > 0) {
		const reported = new Set<string>();
		for (const error of doc.yaml.errors) {
			const key = `${error.line}:${error.message}`;
			if (reported.has(key)) continue;
			reported.add(key);
			problems.push({
				file: doc.file,
				line: error.line,
				message:
					error.kind === 'limit'
						? error.message
						: `is not valid YAML: ${error.message} — check indentation, and quote text that contains ": " or starts with a special character`,
				severity: 'error',
			});
		}
		return undefined;
	}
	for (const comment of doc.yaml.comments()) {
		for (const message of forbiddenCharacterMessages(comment.text)) {
			problems.push({ file: doc.file, line: comment.line, message: `a comment ${message}`, severity: 'error' });
		}
	}
	const result = parseWithFriendlyErrors(schema, doc.yaml.data ?? {}, { file: doc.file, yaml: doc.yaml });
	if (result.success) return result.data;
	problems.push(...result.problems);
	return undefined;
}

/** Reads and parses a `.yml` file; a missing one is a problem saying what to put in it. */
export async function parseYamlFile<Schema extends z.ZodType>(path: string, schema: Schema, problems: Problem[]) {
	const doc = await loadYamlFile(path);
	if (!doc) {
		const name = path.split(/[\\/]/).pop() ?? path;
		problems.push({
			file: displayPath(path),
			line: 1,
			message: `is missing — ${MISSING_FILE_FIX[name] ?? 'create it'}`,
			severity: 'error',
		});
		return undefined;
	}
	return parseDocument(doc, schema, problems);
}
