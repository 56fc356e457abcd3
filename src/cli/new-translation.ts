import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { defaultLanguage, languageName, translationLanguages } from '../link/languages.ts';
import { displayPath, type ContentPaths } from '../load/paths.ts';
import type { NewTermOptions } from '../schemas/new-term-options.ts';
import { validateContent } from '../validate/content.ts';
import { identityKey } from '../validate/keys.ts';
import { didYouMean } from '../validate/suggest.ts';
import { translationTemplate } from './term-template.ts';

/**
 * `npm run new -- --lang ja --slug pre-training ["事前学習"] [--alias X ...]`: writes
 * `content/ja/terms/pre-training.md` from the source term, every text to translate marked TODO.
 * Returns what to tell the editor, or throws an `Error` whose message says why not.
 */
export async function newTranslation(paths: ContentPaths, options: NewTermOptions & { lang: string; slug: string }): Promise<string> {
	const { lang, slug } = options;
	const report = await validateContent(paths, { bodies: 'skip' });
	if (!report.site) throw new Error(`${displayPath(paths.site)} has errors — fix them first (npm run validate)`);
	const languages = translationLanguages(report.site);
	const main = defaultLanguage(report.site);
	if (lang === main) throw new Error(`--lang "${lang}" is the default language — its terms are written with npm run new -- "Term name"`);
	if (!languages.includes(lang)) {
		const listed = languages.length > 0 ? `its other languages are ${languages.join(', ')}` : 'it names no other language yet';
		throw new Error(`--lang "${lang}" is not a language of this site (${listed}) — add it to locales in site.yml, e.g. locales: [${[main, ...languages, lang].join(', ')}]`);
	}
	const source = report.terms.find((term) => term.doc.slug === slug);
	if (!source) {
		const sourceFile = join(paths.terms, `${slug}.md`);
		if (existsSync(sourceFile)) throw new Error(`${displayPath(sourceFile)} has errors — fix them first (npm run validate), then translate it`);
		const hint = didYouMean(slug, report.terms.map((term) => term.doc.slug));
		throw new Error(`--slug "${slug}" is not a term${hint ? ` (${hint})` : ''} — name the term to translate by its file name without .md`);
	}
	const file = join(paths.root, lang, 'terms', `${slug}.md`);
	if (existsSync(file)) throw new Error(`${displayPath(file)} already exists — edit it instead`);
	const owners = new Map<string, string>();
	for (const { doc, data } of report.translations.filter((term) => term.lang === lang)) {
		for (const name of [doc.slug, data.title, ...data.aliases]) owners.set(identityKey(name), doc.file);
	}
	for (const name of [...(options.name ? [options.name] : []), ...options.alias]) {
		const owner = owners.get(identityKey(name));
		if (owner) throw new Error(`"${name}" is already a name of ${owner} — give this translation another name`);
	}

	const sourceLanguage = languageName(main);
	await mkdir(dirname(file), { recursive: true });
	await writeFile(
		file,
		translationTemplate({
			sourceFile: source.doc.file,
			source: { ...source.data, body: source.doc.body },
			language: `${languageName(lang)} (${lang})`,
			sourceLanguage,
			title: options.name,
			aliases: options.alias,
		}),
	);
	return `Created ${displayPath(file)}, a translation of ${source.doc.file} into ${languageName(lang)}.

Next steps:
  1. Translate every TODO: ${options.name ? '' : 'the title, '}the summary, the FAQ and the body; each holds the ${sourceLanguage} text.
     Until then npm run validate and the build fail on it; npm run dev shows it as it is.
  2. Add the names readers know it by in ${languageName(lang)} to "aliases". Category and related terms come from ${source.doc.file}.
  3. Check it:   npm run validate
  4. Preview it: npm run dev, then open http://localhost:4321/${lang}/${slug}/`;
}
