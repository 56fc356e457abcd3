import { mkdir } from 'node:fs/promises';
import type { z } from 'zod';
import { readDocumentCache, writeDocumentCache } from '../load/document-cache.ts';
import { loadTermFolder, loadYamlFile, type SourceDocument, type TermDocument } from '../load/documents.ts';
import { contentPaths, displayPath, type ContentPaths } from '../load/paths.ts';
import { CategoriesSchema, type Categories } from '../schemas/category.ts';
import { SiteConfigSchema, type SiteConfig } from '../schemas/site.ts';
import { TermSchema, type TermData } from '../schemas/term.ts';
import { processBodies, type ProcessedBody } from '../render/bodies.ts';
import type { BodyMode } from '../render/body-render.ts';
import { bodyLimitProblem } from './body-limits.ts';
import { checkBodies, linkTargetsOf } from './bodies.ts';
import { forbiddenCharacterMessages } from './characters.ts';
import { parseWithFriendlyErrors } from './gateway.ts';
import { checkQuality } from './quality.ts';
import { checkLookAlikes } from './look-alikes.ts';
import { ContentError, type Problem } from './problem.ts';
import { checkFileName, checkGlossaryRules, type ParsedTerm } from './rules.ts';

/** A term that passed every rule, with what the later stages need from its file. */
export interface ValidTerm extends TermData {
	slug: string;
	/** Path as shown to editors, e.g. `content/terms/llm.md`. */
	file: string;
	/** Markdown body. */
	body: string;
	/** How many words the body has. */
	words: number;
	/** The body rendered (or, when validation only checked it, its links). */
	rendered: ProcessedBody;
}

export interface ValidatedContent {
	site: SiteConfig;
	categories: Categories;
	terms: ValidTerm[];
}

export interface ValidationReport {
	/** Every error and warning, in no particular order. */
	problems: Problem[];
	/** How many files were read. */
	checkedFiles: number;
	/** The content, when there are no errors. */
	content: ValidatedContent | undefined;
	/** The site configuration, when it is valid. */
	site: SiteConfig | undefined;
	/** The categories, when `categories.yml` is valid. */
	categories: Categories | undefined;
	/** The terms whose own file is valid, even when others are not: `astro dev` still renders them. */
	terms: ParsedTerm[];
	/** What processing each of those terms' bodies gave, by slug (none when bodies were skipped). */
	bodies: ReadonlyMap<string, ProcessedBody>;
	/** Every term file read, valid or not. */
	documents: readonly TermDocument[];
}

export interface ValidationOptions {
	/**
	 * What to do with the bodies: `check` parses and links them (`[[links]]`, orphan terms) and
	 * gives the quality warnings; `render` does the same while rendering the HTML the site shows
	 * (the build and `astro dev`: each body is processed once); `skip` checks frontmatter only.
	 * Default: `check`.
	 */
	bodies?: BodyMode | 'skip';
	/** Where processed bodies are kept between runs; default: nowhere, every body is processed. */
	cacheFolder?: string | undefined;
	/** How a TODO left from the template counts; an error unless said otherwise (see `QualityOptions`). */
	templateTodos?: Problem['severity'];
	/** The last check of the same content (`astro dev`): files that did not change since are not read or parsed again. */
	previous?: ValidationReport | undefined;
}

/** Each term file's parse, by document: a document kept from an earlier check is not parsed again. */
const parses = new WeakMap<TermDocument, { data: TermData | undefined; problems: Problem[] }>();

function parseTerm(doc: TermDocument): { data: TermData | undefined; problems: Problem[] } {
	let parse = parses.get(doc);
	if (!parse) {
		const problems: Problem[] = [];
		parse = { data: parseDocument(doc, TermSchema, problems), problems };
		parses.set(doc, parse);
	}
	return parse;
}

const MISSING_FILE_FIX: Record<string, string> = {
	'site.yml': 'create it with the site name, url, description and publisher (see README, "Configure the site")',
	'categories.yml': 'create it with one entry per category: id: { name, description }',
};

/** Parses one YAML document with `schema`, turning every failure, even an unforeseen one, into problems. */
function parseDocument<Schema extends z.ZodType>(
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
			message: `could not be checked (${error instanceof Error ? error.message : String(error)}) — simplify the frontmatter, and report this to the glossary's maintainers`,
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

async function parseYamlFile<Schema extends z.ZodType>(path: string, schema: Schema, problems: Problem[]) {
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

const NOT_PROCESSED: ProcessedBody = { html: '', headings: [], links: [], unknown: [], imagePaths: [] };

/** Terms whose own file passed its checks, with what processing their bodies gave. */
export function validTermsOf(terms: readonly ParsedTerm[], bodies: ReadonlyMap<string, ProcessedBody>): ValidTerm[] {
	return terms.map(({ doc, data }) => ({
		...data,
		slug: doc.slug,
		file: doc.file,
		body: doc.body,
		words: doc.body.match(/\S+/g)?.length ?? 0,
		rendered: bodies.get(doc.slug) ?? NOT_PROCESSED,
	}));
}

/** Validates the site configuration alone (the Astro config needs it before anything else). */
export async function validateSiteConfig(paths: ContentPaths = contentPaths()): Promise<SiteConfig> {
	const problems: Problem[] = [];
	const site = await parseYamlFile(paths.site, SiteConfigSchema, problems);
	if (!site) throw new ContentError(problems, 1);
	return site;
}

/**
 * Checks all content (site config, categories, every term) and reports every problem in one
 * pass. This is the single implementation behind `npm run validate`, the build and the tests.
 */
export async function validateContent(
	paths: ContentPaths = contentPaths(),
	options: ValidationOptions = {},
): Promise<ValidationReport> {
	const problems: Problem[] = [];
	// Files unchanged since the last check are not read or parsed again: from this process's last check (`astro dev`), or the cache.
	const known = options.previous?.documents ?? (options.cacheFolder ? await readDocumentCache(options.cacheFolder) : []);
	const [site, categories, folder] = await Promise.all([
		parseYamlFile(paths.site, SiteConfigSchema, problems),
		parseYamlFile(paths.categories, CategoriesSchema, problems),
		loadTermFolder(paths.terms, known),
	]);
	const kept = new Set(known);
	if (options.cacheFolder && (folder.terms.length !== known.length || folder.terms.some((doc) => !kept.has(doc)))) {
		await mkdir(options.cacheFolder, { recursive: true });
		await writeDocumentCache(options.cacheFolder, folder.terms);
	}

	for (const file of folder.strayFiles) {
		problems.push({
			file,
			line: 1,
			message: `is not a term file — terms are .md files directly inside ${displayPath(paths.terms)}/; rename or move it`,
			severity: 'error',
		});
	}
	if (folder.terms.length === 0) {
		problems.push({
			file: displayPath(paths.terms),
			line: 1,
			message: 'holds no terms — add one with npm run new -- "Term name"',
			severity: 'error',
		});
	}

	const parsed: ParsedTerm[] = [];
	for (const doc of folder.terms) {
		const nameProblem = checkFileName(doc);
		if (nameProblem) problems.push(nameProblem);
		const { data, problems: termProblems } = parseTerm(doc);
		problems.push(...termProblems);
		if (data && !nameProblem) parsed.push({ doc, data });
	}
	const fileSlugs = new Set(folder.terms.map((doc) => doc.slug));
	if (categories) problems.push(...checkGlossaryRules(parsed, Object.keys(categories), fileSlugs));
	problems.push(...checkLookAlikes(parsed, site));
	const mode = options.bodies ?? 'check';
	const bodies = new Map<string, ProcessedBody>();
	if (mode !== 'skip') {
		// A body past the limits is reported instead of rendered: rendering it could take minutes.
		const tasks = parsed.map(({ doc, data }) => {
			const limit = bodyLimitProblem(doc.body);
			if (limit) problems.push({ file: doc.file, line: doc.bodyLine + limit.line - 1, field: 'body', message: limit.message, severity: 'error' });
			return { slug: doc.slug, body: limit ? '' : doc.body, autolink: data.autolink };
		});
		const settings = { targets: linkTargetsOf(parsed), base: site?.base ?? '/' };
		const results = await processBodies(tasks, settings, mode, { cacheFolder: options.cacheFolder });
		parsed.forEach(({ doc }, index) => bodies.set(doc.slug, results[index]!));
		problems.push(...checkBodies(parsed, bodies), ...checkQuality(parsed, { templateTodos: options.templateTodos ?? 'error' }));
	}

	const checkedFiles = folder.terms.length + folder.strayFiles.length + 2;
	const failed = problems.some((problem) => problem.severity === 'error');
	const content =
		failed || !site || !categories
			? undefined
			: {
					site,
					categories,
					terms: validTermsOf(parsed, bodies),
				};
	return { problems, checkedFiles, content, site, categories, terms: parsed, bodies, documents: folder.terms };
}
