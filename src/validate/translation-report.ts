import { languageName } from '../link/languages.ts';
import type { TermDocument } from '../load/documents.ts';
import type { ValidationReport } from './content.ts';
import type { ParsedTerm } from './rules.ts';

/** A translation whose source changed after it: by `updated`, else by the last commit that touched each file. */
export interface OutdatedTranslation {
	slug: string;
	/** The translation's file, e.g. `content/es/terms/llm.md`. */
	file: string;
	/** The source term's file, e.g. `content/terms/llm.md`. */
	sourceFile: string;
	/** When the source last changed, `YYYY-MM-DD`. */
	sourceDate: string;
	/** When the translation last changed. */
	date: string;
}

/** How far one language's translation has come. */
export interface LanguageProgress {
	/** The language's code, e.g. `es`. */
	lang: string;
	/** Published terms of the default language: what there is to translate. */
	total: number;
	/** Slugs of the terms with a translation file (outdated ones included). */
	translated: string[];
	/** The terms with no translation yet, by slug, with the file to translate. */
	missing: { slug: string; sourceFile: string }[];
	outdated: OutdatedTranslation[];
}

/** When a term last changed: its `updated` field, else its file's last commit. */
const dateOf = (term: ParsedTerm, commitDates: ReadonlyMap<string, string>) => term.data.updated ?? commitDates.get(term.doc.file);

/**
 * Per language, which published terms are translated, missing, or outdated (the source changed
 * after the translation). Dates come from `updated` where given, else from git; a translation
 * without a date on either side is not called outdated.
 */
export function translationProgress(report: Pick<ValidationReport, 'terms' | 'translations' | 'translationDocuments'>, commitDates: ReadonlyMap<string, string>): LanguageProgress[] {
	const sources = report.terms.filter((term) => !term.data.draft);
	return Object.entries(report.translationDocuments).map(([lang, documents]: [string, readonly TermDocument[]]) => {
		const files = new Set(documents.map((doc) => doc.slug));
		const parsed = new Map(report.translations.filter((term) => term.lang === lang).map((term) => [term.doc.slug, term]));
		const outdated: OutdatedTranslation[] = [];
		for (const source of sources) {
			const translation = parsed.get(source.doc.slug);
			if (!translation) continue;
			const [sourceDate, date] = [dateOf(source, commitDates), dateOf(translation, commitDates)];
			if (sourceDate && date && sourceDate > date) outdated.push({ slug: source.doc.slug, file: translation.doc.file, sourceFile: source.doc.file, sourceDate, date });
		}
		return {
			lang,
			total: sources.length,
			translated: sources.filter((source) => files.has(source.doc.slug)).map((source) => source.doc.slug),
			missing: sources.filter((source) => !files.has(source.doc.slug)).map((source) => ({ slug: source.doc.slug, sourceFile: source.doc.file })),
			outdated,
		};
	});
}

const count = (number: number, noun: string) => `${number} ${noun}`;

/**
 * The summary `npm run validate` prints on a site with translations, one line per language:
 *
 *   Translations of 58 terms:
 *     es  Spanish   12 translated (1 outdated), 46 missing
 */
export function formatProgress(progress: readonly LanguageProgress[], options: { listed: boolean }): string[] {
	if (progress.length === 0) return [];
	const width = Math.max(...progress.map(({ lang }) => lang.length));
	const nameWidth = Math.max(...progress.map(({ lang }) => languageName(lang).length));
	const lines = [`Translations of ${count(progress[0]!.total, progress[0]!.total === 1 ? 'term' : 'terms')}:`];
	for (const { lang, translated, missing, outdated } of progress) {
		const stale = outdated.length > 0 ? ` (${count(outdated.length, 'outdated')})` : '';
		lines.push(`  ${lang.padEnd(width)}  ${languageName(lang).padEnd(nameWidth)}  ${count(translated.length, 'translated')}${stale}, ${count(missing.length, 'missing')}`);
	}
	if (!options.listed && progress.some(({ missing, outdated }) => missing.length + outdated.length > 0)) {
		lines.push('List the missing and outdated ones with npm run validate -- --translations');
	}
	return lines;
}

/** `npm run validate -- --translations`: every outdated and missing translation, by language, with what to do. */
export function formatProgressList(progress: readonly LanguageProgress[]): string[] {
	const lines: string[] = [];
	for (const { lang, missing, outdated } of progress) {
		const name = `${lang} (${languageName(lang)})`;
		if (outdated.length > 0) {
			lines.push(`${name}: ${count(outdated.length, 'outdated')} — update each from its source (and its updated: date, where it has one)`);
			for (const entry of outdated) lines.push(`  ${entry.file}: ${entry.sourceFile} changed on ${entry.sourceDate}, the translation on ${entry.date}`);
		}
		if (missing.length > 0) {
			lines.push(`${name}: ${count(missing.length, 'missing')} — start one with npm run new -- --lang ${lang} --slug <slug>`);
			for (const entry of missing) lines.push(`  ${entry.slug} (${entry.sourceFile})`);
		}
		if (outdated.length + missing.length === 0) lines.push(`${name}: every term translated and up to date`);
	}
	return lines;
}
