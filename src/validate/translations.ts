import { defaultLanguage, translationLanguages } from '../link/languages.ts';
import type { LanguageFolder } from '../load/language-folders.ts';
import { displayPath, type ContentPaths } from '../load/paths.ts';
import type { Categories } from '../schemas/category.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { CategoryTranslationsSchema, TranslationSchema } from '../schemas/translation.ts';
import { parseDocument, parseTerm } from './parse.ts';
import type { Problem } from './problem.ts';
import { checkFileName, type ParsedTerm } from './rules.ts';
import { didYouMean } from './suggest.ts';

/*
 * Translations, `content/<lang>/`: folders that are languages or mistakes, translation files
 * matched with their sources, and translated category names. The rules that apply within each
 * language are the terms' own (rules.ts, look-alikes.ts, quality.ts), run once per language.
 */

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** The folder's own name, from its path as shown to editors (`content/es/` → `es`). */
const folderName = (folder: string) => folder.split('/').at(-2) ?? folder;

/** Whether a folder of `content/` is named like a language (`es`, `pt-BR`), so probably holds translations. */
export const looksLikeLanguage = (folder: string) => LANGUAGE_TAG.test(folderName(folder)) && isLanguage(folderName(folder));

/** A folder of `content/` that is neither `terms/` nor a language of the site. */
export function unknownFolderProblem(folder: string, site: SiteConfig): Problem {
	const name = folderName(folder);
	const languages = translationLanguages(site);
	const listed = languages.length > 0 ? `this site's other languages are ${languages.join(', ')}` : 'site.yml names no other language';
	if (name.toLowerCase() === defaultLanguage(site)) {
		return { file: folder, line: 1, message: `holds the default language ("${defaultLanguage(site)}", the locale in site.yml), whose terms belong in terms/ — move them there`, severity: 'error' };
	}
	if (looksLikeLanguage(folder)) {
		return {
			file: folder,
			line: 1,
			message: `is not a language of this site (${listed}) — add it to site.yml, locales: [${[defaultLanguage(site), ...languages, name.toLowerCase()].join(', ')}]${name === name.toLowerCase() ? '' : `, and name the folder "${name.toLowerCase()}"`}; or remove the folder`,
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
export function parseTranslations(
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
export function translateCategories(folder: LanguageFolder, categories: Categories, categoriesFile: string, problems: Problem[]): Categories | undefined {
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
