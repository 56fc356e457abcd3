import { setImmediate as makeWay } from 'node:timers/promises';
import { defaultLanguage, languageSettings, reservedSlugs, translationLanguages } from '../link/languages.ts';
import { readDocumentCache, writeDocumentCache } from '../load/document-cache.ts';
import { loadTermFolder, loadYamlFile, type TermDocument } from '../load/documents.ts';
import { loadLanguageFolders } from '../load/language-folders.ts';
import { contentPaths, displayPath, type ContentPaths } from '../load/paths.ts';
import { CategoriesSchema, type Categories } from '../schemas/category.ts';
import { SiteConfigSchema, type SiteConfig } from '../schemas/site.ts';
import { TermSchema, type TermData } from '../schemas/term.ts';
import { processBodies, type ProcessedBody } from '../render/bodies.ts';
import type { BodyMode } from '../render/body-render.ts';
import { bodyLimitProblem } from './body-limits.ts';
import { bodyKey, bodySettingsOf, checkBodies, linkTargetsOf } from './bodies.ts';
import { parseTerm, parseYamlFile } from './parse.ts';
import { qualityChecker, sectionsFor } from './quality.ts';
import { checkLookAlikes } from './look-alikes.ts';
import { ContentError, type Problem } from './problem.ts';
import { checkFileName, checkGlossaryRules, type ParsedTerm } from './rules.ts';
import { looksLikeLanguage, parseTranslations, translateCategories, unknownFolderProblem } from './translations.ts';

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

/** Terms checked between two chances for the body workers' results to be taken: a few milliseconds' work. */
const STEP_TERMS = 500;

/** `work` on `terms` a step at a time, making way for the body workers' results before each. */
async function inSteps<T>(terms: readonly T[], work: (step: readonly T[]) => void): Promise<void> {
	for (let start = 0; start < terms.length; start += STEP_TERMS) {
		await makeWay();
		work(terms.slice(start, start + STEP_TERMS));
	}
}

const NOT_PROCESSED: ProcessedBody = { html: '', headings: [], links: [], unknown: [], imagePaths: [] };

/**
 * Words per body, kept with each document: the dev server stores every term after each edit,
 * and counting the words of all ten thousand 600-word bodies each time took about 0.4 s.
 */
const wordCounts = new WeakMap<TermDocument, number>();

function wordsIn(doc: TermDocument): number {
	let words = wordCounts.get(doc);
	if (words === undefined) {
		words = doc.body.match(/\S+/g)?.length ?? 0;
		wordCounts.set(doc, words);
	}
	return words;
}

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
		words: wordsIn(term.doc),
		rendered: bodies.get(bodyKey(term)) ?? NOT_PROCESSED,
	}));
}

/** The default language's code once the site configuration is known, `en` before. */
export const defaultLanguageOf = (site: SiteConfig | undefined) => (site ? defaultLanguage(site) : 'en');

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
	// Which folders hold translations is known once the site's languages are.
	const languages = site ? translationLanguages(site) : [];
	const languageFolders = site ? await loadLanguageFolders(paths.root, languages, known) : { languages: [], unknown: [] };
	const lang = defaultLanguageOf(site);
	const documents = [...folder.terms, ...languageFolders.languages.flatMap((language) => language.terms.terms)];
	const kept = new Set(known);
	const changed = documents.length !== known.length || documents.some((doc) => !kept.has(doc));
	// For the next process; a dev server keeps its documents in memory. Written now, while little
	// else is in memory: its buffer (34 MB for ten thousand terms) is gone before the body workers
	// start. Written while they ran, or after, it added as much to the peak (measured both ways).
	// A cache that cannot be written (a read-only checkout) costs the next run its speed, nothing else.
	const cacheFolder = !options.previous && changed ? options.cacheFolder : undefined;
	if (cacheFolder) await writeDocumentCache(cacheFolder, documents).catch(() => undefined);

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
	// A one-language site keeps other folders as before; only one named like a language is a mistake (translations without locales).
	for (const unknown of site ? languageFolders.unknown : []) {
		if (languages.length > 0 || looksLikeLanguage(unknown)) problems.push(unknownFolderProblem(unknown, site!));
	}
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
	const byLanguage = new Map<string, ParsedTerm[]>();
	const translationProblems = new Map<string, Problem[]>();
	for (const languageFolder of languageFolders.languages) {
		const found: Problem[] = [];
		byLanguage.set(languageFolder.lang, parseTranslations(languageFolder, sources, fileSlugs, paths, reserved, found));
		translationProblems.set(languageFolder.lang, found);
	}
	const translations = [...byLanguage.values()].flat();

	// The bodies are processed on the other threads while this one checks everything else, in
	// steps that make way for the workers' results (each is sent its next bodies on them).
	const mode = options.bodies ?? 'check';
	const all = mode === 'skip' ? [] : [...parsed, ...translations];
	const limitProblems: Problem[] = [];
	// A body past the limits is reported instead of rendered: rendering it could take minutes.
	const tasks = all.map(({ doc, data, lang: code }) => {
		const limit = bodyLimitProblem(doc.body);
		if (limit) limitProblems.push({ file: doc.file, line: doc.bodyLine + limit.line - 1, field: 'body', message: limit.message, severity: 'error' });
		return { slug: doc.slug, body: limit ? '' : doc.body, autolink: data.autolink, ...(code ? { lang: code } : {}) };
	});
	const processing = mode === 'skip' ? undefined : processBodies(tasks, bodySettingsOf(site, parsed, translations), mode, { cacheFolder: options.cacheFolder });
	// Awaited below, once the rest is checked: a failure in between is not left unhandled.
	processing?.catch(() => undefined);
	await makeWay();

	if (categoryIds) problems.push(...checkGlossaryRules(parsed, categoryIds, fileSlugs, { reserved }));
	await makeWay();
	problems.push(...checkLookAlikes(parsed, site));

	// Every rule again within each language: its names are unique and distinct among its own terms.
	const categoryTranslations: Record<string, Categories> = {};
	let categoriesTranslated = true;
	for (const languageFolder of languageFolders.languages) {
		await makeWay();
		const languageTerms = byLanguage.get(languageFolder.lang)!;
		problems.push(...translationProblems.get(languageFolder.lang)!);
		if (categoryIds) problems.push(...checkGlossaryRules(languageTerms, categoryIds, fileSlugs, { reserved, relatedTargets: sources }));
		problems.push(...checkLookAlikes(languageTerms, { locale: languageFolder.lang, allowMixedScripts: site?.allowMixedScripts ?? [] }));
		if (categories) {
			const translated = translateCategories(languageFolder, categories, paths.categories, problems);
			if (translated) categoryTranslations[languageFolder.lang] = translated;
			else categoriesTranslated = false;
		}
	}
	problems.push(...limitProblems);

	const bodies = new Map<string, ProcessedBody>();
	if (processing) {
		const templateTodos = options.templateTodos ?? 'error';
		const sections = (code: string) => (site ? sectionsFor(languageSettings(site, code).quality, code === lang) : undefined);
		const qualityOf = async (terms: readonly ParsedTerm[], code: string) => {
			const check = qualityChecker({ templateTodos, sections: sections(code), lang: code });
			const found: Problem[] = [];
			await inSteps(terms, (step) => found.push(...check(step)));
			return found;
		};
		const quality = new Map<string, Problem[]>([[lang, await qualityOf(parsed, lang)]]);
		for (const [code, terms] of byLanguage) quality.set(code, await qualityOf(terms, code));
		// Counted now rather than when the content is handed over, which waits for the workers.
		await inSteps(all, (step) => step.forEach((term) => wordsIn(term.doc)));

		const results = await processing;
		all.forEach((term, index) => bodies.set(bodyKey(term), results[index]!));
		problems.push(...checkBodies(parsed, bodies), ...quality.get(lang)!);
		// `[[links]]` in a translation may name any published term: an untranslated one links to the default language's page.
		const slugs = linkTargetsOf(parsed).map((target) => target.slug);
		for (const [code, terms] of byLanguage) problems.push(...checkBodies(terms, bodies, slugs), ...quality.get(code)!);
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
