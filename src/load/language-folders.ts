import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadTermFolder, loadYamlFile, type SourceDocument, type TermDocument, type TermFolder } from './documents.ts';
import { displayPath } from './paths.ts';

/** What one language's folder, `content/<lang>/`, holds. */
export interface LanguageFolder {
	lang: string;
	/** `content/<lang>/terms/`: the translations, and anything else that should not be there. */
	terms: TermFolder;
	/** `content/<lang>/categories.yml`, when there is one. */
	categories: SourceDocument | undefined;
	/** Anything else in `content/<lang>/`, as shown to editors. */
	strayFiles: string[];
}

/** The folders of `content/` besides `terms/`: translations, or mistakes. */
export interface LanguageFolders {
	languages: LanguageFolder[];
	/** Folders directly inside `content/` that are not `terms/` or a language of `languages`, as shown to editors. */
	unknown: string[];
}

/**
 * Reads the translation folder of every language in `languages` (missing ones read as empty)
 * and lists the other folders of `root`. Documents of `previous` whose file has not changed are
 * kept as they are.
 */
export async function loadLanguageFolders(root: string, languages: readonly string[], previous: readonly TermDocument[] = []): Promise<LanguageFolders> {
	const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
	const folders = entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'terms').map((entry) => entry.name);
	const unknown = folders.filter((name) => !languages.includes(name)).sort().map((name) => `${displayPath(join(root, name))}/`);
	const loaded = await Promise.all(
		languages.map(async (lang): Promise<LanguageFolder> => {
			const folder = join(root, lang);
			const [terms, categories, contents] = await Promise.all([
				loadTermFolder(join(folder, 'terms'), previous),
				loadYamlFile(join(folder, 'categories.yml')),
				readdir(folder, { withFileTypes: true }).catch(() => []),
			]);
			const strayFiles = contents
				.filter((entry) => !entry.name.startsWith('.') && !(entry.isDirectory() && entry.name === 'terms') && !(entry.isFile() && entry.name === 'categories.yml'))
				.map((entry) => displayPath(join(folder, entry.name)) + (entry.isDirectory() ? '/' : ''))
				.sort();
			return { lang, terms, categories, strayFiles };
		}),
	);
	return { languages: loaded, unknown };
}
