import type { z } from 'zod';
import { defaultLanguage, languageSettings, reservedSlugs, translationLanguages } from '../link/languages.ts';
import { loadTermFolder, loadYamlFile, type SourceDocument, type TermDocument } from '../load/documents.ts';
import { loadLanguageFolders, type LanguageFolder } from '../load/language-folders.ts';
import { contentPaths, displayPath, type ContentPaths } from '../load/paths.ts';
import { CategoriesSchema, type Categories } from '../schemas/category.ts';
import { SiteConfigSchema, type SiteConfig } from '../schemas/site.ts';
import { TermSchema, type TermData } from '../schemas/term.ts';
import { CategoryTranslationsSchema, TranslationSchema, type TranslationData } from '../schemas/translation.ts';
import { processBodies, type ProcessedBody } from '../render/bodies.ts';
import type { BodyMode } from '../render/body-render.ts';
import { bodyLimitProblem } from './body-limits.ts';
import { bodyKey, bodySettingsOf, checkBodies, linkTargetsOf } from './bodies.ts';
import { forbiddenCharacterMessages } from './characters.ts';
import { parseWithFriendlyErrors } from './gateway.ts';
import { checkQuality, sectionsFor } from './quality.ts';
import { checkLookAlikes } from './look-alikes.ts';
import { ContentError, type Problem } from './problem.ts';
import { checkFileName, checkGlossaryRules, type ParsedTerm } from './rules.ts';
import { didYouMean } from './suggest.ts';

/** A term that passed every rule, with what the later stages need from its file. */
export interface ValidTerm extends TermData {
	slug: string;
	/** The language it is written in: the default language's code (e.g. `en`), or a translation's (e.g. `es`). */
	lang: string;
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
	/** The default language's terms. */
	terms: ValidTerm[];
	/** Translations in every other language (each with its `lang`); none when the site names no other language. */
	translations: ValidTerm[];
	/**
	 * Per other language: every category's name and description in it, the default language's
	 * where `content/<lang>/categories.yml` gives none.
	 */
	categoryTranslations: Record<string, Categories>;
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
	/** The same for translations, each with its `lang` and `source`. */
	translations: ParsedTerm[];
	/** Per other language, the categories in it (see `ValidatedContent.categoryTranslations`), when valid. */
	categoryTranslations: Record<string, Categories>;
	/** What processing each of those terms' bodies gave, by slug, or `<lang>/<slug>` for a translation (none when bodies were skipped). */
	bodies: ReadonlyMap<string, ProcessedBody>;
	/** Every term and translation file read, valid or not. */
	documents: readonly TermDocument[];
	/** Per other language, its translation files, valid or not. */
	translationDocuments: Readonly<Record<string, readonly TermDocument[]>>;
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
const parses = new WeakMap<TermDocument, { data: TermData | TranslationData | undefined; problems: Problem[] }>();

function parseTerm<Schema extends typeof TermSchema | typeof TranslationSchema>(doc: TermDocument, schema: Schema): { data: z.infer<Schema> | undefined; problems: Problem[] } {
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

/**
 * Terms whose own file passed its checks, with what processing their bodies gave. `lang` is the
 * language of the default-language terms among them (translations carry their own).
 */
export function validTermsOf(terms: readonly ParsedTerm[], bodies: ReadonlyMap<string, ProcessedBody>, lang: string): ValidTerm[] {
	return terms.map((term) => ({
		...term.data,
		slug: term.doc.slug,
		lang: term.lang ?? lang,
		file: term.doc.file,
		body: term.doc.body,
		words: term.doc.body.match(/\S+/g)?.length ?? 0,
		rendered: bodies.get(bodyKey(term)) ?? NOT_PROCESSED,
	}));
}

/** The default language's code once the site configuration is known, `en` before. */
export const defaultLanguageOf = (site: SiteConfig | undefined) => (site ? defaultLanguage(site) : 'en');

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** A folder of `content/` that is neither `terms/` nor a language of the site. */
function unknownFolderProblem(folder: string, site: SiteConfig): Problem {
	const name = folder.split('/').at(-2) ?? folder;
	const languages = translationLanguages(site);
	const listed = languages.length > 0 ? `this site's other languages are ${languages.join(', ')}` : 'site.yml names no other language';
	if (name.toLowerCase() === defaultLanguage(site)) {
		return { file: folder, line: 1, message: `holds the default language ("${defaultLanguage(site)}", the locale in site.yml), whose terms belong in terms/ — move them there`, severity: 'error' };
	}
	if (LANGUAGE_TAG.test(name) && isLanguage(name)) {
		return {
			file: folder,
			line: 1,
			message: `is not a language of this site (${listed}) — add "${name.toLowerCase()}" to locales in site.yml${name === name.toLowerCase() ? '' : `, and name the folder "${name.toLowerCase()}"`}, or remove the folder`,
			severity: 'error',
		};
	}
	return {
		file: folder,
		line: 1,
		message: `is not part of the content (content holds site.yml, categories.yml, terms/ and a folder per language in locales; ${listed}) — move it out of the content folder`,
		severity: 'error',
	};
}

function isLanguage(tag: string): boolean {
	try {
		return Intl.getCanonicalLocales(tag).length > 0 && new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(tag) !== undefined;
	} catch {
		return false;
	}
}

/**
 * One language's translations: parsed, matched with their source terms, and with `category`
 * and `related` filled in from the source where they leave them out.
 */
function parseTranslations(
	folder: LanguageFolder,
	sources: ReadonlyMap<string, ParsedTerm>,
	fileSlugs: ReadonlySet<string>,
	paths: ContentPaths,
	reserved: ReadonlySet<string>,
	problems: Problem[],
): ParsedTerm[] {
	const parsed: ParsedTerm[] = [];
	for (const doc of folder.terms.terms) {
		const nameProblem = checkFileName(doc, reserved);
		if (nameProblem) problems.push(nameProblem);
		const { data, problems: termProblems } = parseTerm(doc, TranslationSchema);
		problems.push(...termProblems);
		if (nameProblem) continue;
		if (!fileSlugs.has(doc.slug)) {
			const hint = didYouMean(doc.slug, fileSlugs);
			problems.push({
				file: doc.file,
				line: 1,
				message: `translates no term: there is no ${displayPath(`${paths.terms}/${doc.slug}.md`)} — name a translation after the file of the term it translates${hint ? ` (${hint.replace(/"(.+)"/, '"$1.md"')})` : ''}, or add that term first`,
				severity: 'error',
			});
			continue;
		}
		const source = sources.get(doc.slug);
		// A source with errors of its own is reported there; its translation is checked once it is fixed.
		if (!data || !source) continue;
		const inherited = new Set<'category' | 'related'>();
		if (data.category === undefined) inherited.add('category');
		if (data.related === undefined) inherited.add('related');
		parsed.push({
			doc,
			lang: folder.lang,
			source,
			inherited,
			data: {
				...data,
				category: data.category ?? source.data.category,
				related: data.related ?? source.data.related,
				// A translation of a draft is not published either.
				draft: data.draft || source.data.draft,
			},
		});
	}
	return parsed;
}

/** One language's category names: `content/<lang>/categories.yml` over the default language's. */
function translateCategories(folder: LanguageFolder, categories: Categories, categoriesFile: string, problems: Problem[]): Categories | undefined {
	if (!folder.categories) return categories;
	const translated = parseDocument(folder.categories, CategoryTranslationsSchema, problems);
	if (!translated) return undefined;
	const ids = Object.keys(categories);
	let valid = true;
	for (const id of Object.keys(translated)) {
		if (ids.includes(id)) continue;
		valid = false;
		const hint = didYouMean(id, ids);
		problems.push({
			file: folder.categories.file,
			line: folder.categories.yaml?.lineOfKey([], id) ?? 1,
			field: id,
			message: `is not a category of ${displayPath(categoriesFile)} — translate only the categories it has${hint ? ` (${hint})` : ''}: ${ids.join(', ')}`,
			severity: 'error',
		});
	}
	if (!valid) return undefined;
	return Object.fromEntries(
		Object.entries(categories).map(([id, category]) => [id, { name: translated[id]?.name ?? category.name, description: translated[id]?.description ?? category.description }]),
	);
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
	const [site, categories, folder] = await Promise.all([
		parseYamlFile(paths.site, SiteConfigSchema, problems),
		parseYamlFile(paths.categories, CategoriesSchema, problems),
		loadTermFolder(paths.terms, options.previous?.documents),
	]);
	// Which folders hold translations is known once the site's languages are.
	const languages = site ? translationLanguages(site) : [];
	const languageFolders = site ? await loadLanguageFolders(paths.root, languages, options.previous?.documents) : { languages: [], unknown: [] };
	const lang = defaultLanguageOf(site);

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
	if (site) for (const unknown of languageFolders.unknown) problems.push(unknownFolderProblem(unknown, site));
	for (const { terms, strayFiles, lang: code } of languageFolders.languages) {
		for (const file of terms.strayFiles) {
			problems.push({
				file,
				line: 1,
				message: `is not a translation file — translations are .md files directly inside ${displayPath(`${paths.root}/${code}/terms`)}/, named like the term they translate; rename or move it`,
				severity: 'error',
			});
		}
		for (const file of strayFiles) {
			problems.push({
				file,
				line: 1,
				message: `is not part of a translation — ${displayPath(`${paths.root}/${code}`)}/ holds terms/ and categories.yml only; move it`,
				severity: 'error',
			});
		}
	}

	const reserved = reservedSlugs(site);
	const parsed: ParsedTerm[] = [];
	for (const doc of folder.terms) {
		const nameProblem = checkFileName(doc, reserved);
		if (nameProblem) problems.push(nameProblem);
		const { data, problems: termProblems } = parseTerm(doc, TermSchema);
		problems.push(...termProblems);
		if (data && !nameProblem) parsed.push({ doc, data });
	}
	const fileSlugs = new Set(folder.terms.map((doc) => doc.slug));
	const sources = new Map(parsed.map((term) => [term.doc.slug, term]));
	const categoryIds = categories ? Object.keys(categories) : undefined;
	if (categoryIds) problems.push(...checkGlossaryRules(parsed, categoryIds, fileSlugs, { reserved }));
	problems.push(...checkLookAlikes(parsed, site));

	// Every rule again within each language: its names are unique and distinct among its own terms.
	const byLanguage = new Map<string, ParsedTerm[]>();
	const categoryTranslations: Record<string, Categories> = {};
	let categoriesTranslated = true;
	for (const languageFolder of languageFolders.languages) {
		const translations = parseTranslations(languageFolder, sources, fileSlugs, paths, reserved, problems);
		byLanguage.set(languageFolder.lang, translations);
		if (categoryIds) problems.push(...checkGlossaryRules(translations, categoryIds, fileSlugs, { reserved, relatedTargets: sources }));
		problems.push(...checkLookAlikes(translations, { locale: languageFolder.lang, allowMixedScripts: site?.allowMixedScripts ?? [] }));
		if (categories) {
			const translated = translateCategories(languageFolder, categories, paths.categories, problems);
			if (translated) categoryTranslations[languageFolder.lang] = translated;
			else categoriesTranslated = false;
		}
	}
	const translations = [...byLanguage.values()].flat();

	const mode = options.bodies ?? 'check';
	const bodies = new Map<string, ProcessedBody>();
	if (mode !== 'skip') {
		const all = [...parsed, ...translations];
		// A body past the limits is reported instead of rendered: rendering it could take minutes.
		const tasks = all.map(({ doc, data, lang: code }) => {
			const limit = bodyLimitProblem(doc.body);
			if (limit) problems.push({ file: doc.file, line: doc.bodyLine + limit.line - 1, field: 'body', message: limit.message, severity: 'error' });
			return { slug: doc.slug, body: limit ? '' : doc.body, autolink: data.autolink, ...(code ? { lang: code } : {}) };
		});
		const results = await processBodies(tasks, bodySettingsOf(site, parsed, translations), mode, { cacheFolder: options.cacheFolder });
		all.forEach((term, index) => bodies.set(bodyKey(term), results[index]!));
		const templateTodos = options.templateTodos ?? 'error';
		const quality = (code: string) => (site ? sectionsFor(languageSettings(site, code).quality, code === lang) : undefined);
		problems.push(...checkBodies(parsed, bodies), ...checkQuality(parsed, { templateTodos, sections: quality(lang) }));
		// `[[links]]` in a translation may name any published term: an untranslated one links to the default language's page.
		const slugs = linkTargetsOf(parsed).map((target) => target.slug);
		for (const [code, terms] of byLanguage) {
			problems.push(...checkBodies(terms, bodies, slugs), ...checkQuality(terms, { templateTodos, sections: quality(code) }));
		}
	}

	const translationFiles = languageFolders.languages.reduce(
		(sum, { terms, strayFiles, categories: file }) => sum + terms.terms.length + terms.strayFiles.length + strayFiles.length + (file ? 1 : 0),
		0,
	);
	const checkedFiles = folder.terms.length + folder.strayFiles.length + 2 + translationFiles;
	const failed = problems.some((problem) => problem.severity === 'error');
	const content =
		failed || !site || !categories || !categoriesTranslated
			? undefined
			: {
					site,
					categories,
					terms: validTermsOf(parsed, bodies, lang),
					translations: validTermsOf(translations, bodies, lang),
					categoryTranslations,
				};
	const documents = [...folder.terms, ...languageFolders.languages.flatMap((language) => language.terms.terms)];
	const translationDocuments = Object.fromEntries(languageFolders.languages.map((language) => [language.lang, language.terms.terms]));
	return { problems, checkedFiles, content, site, categories, terms: parsed, translations, categoryTranslations, bodies, documents, translationDocuments };
}

/** The categories in every language, without the terms: what the categories collection stores. */
export interface CategoryContent {
	site: SiteConfig;
	categories: Categories;
	categoryTranslations: Record<string, Categories>;
}

/**
 * Validates `categories.yml` and its translations alone, for the categories collection when
 * Astro runs without `npm run build` (which hands over what it validated). Their problems are
 * reported by the full check as well.
 */
export async function validateCategories(paths: ContentPaths = contentPaths()): Promise<CategoryContent> {
	const problems: Problem[] = [];
	const [site, categories] = await Promise.all([parseYamlFile(paths.site, SiteConfigSchema, problems), parseYamlFile(paths.categories, CategoriesSchema, problems)]);
	const categoryTranslations: Record<string, Categories> = {};
	if (site && categories) {
		for (const lang of translationLanguages(site)) {
			const file = await loadYamlFile(`${paths.root}/${lang}/categories.yml`);
			const translated = translateCategories({ lang, categories: file, terms: { terms: [], strayFiles: [] }, strayFiles: [] }, categories, paths.categories, problems);
			if (translated) categoryTranslations[lang] = translated;
		}
	}
	if (!site || !categories || problems.length > 0) throw new ContentError(problems, 2 + translationLanguages(site ?? { locale: 'en' }).length);
	return { site, categories, categoryTranslations };
}
