import { defaultLanguage, translationLanguages } from '../link/languages.ts';
import type { LinkTarget } from '../link/term-links.ts';
import type { BodySettings, RenderedBody } from '../render/body-render.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { checkBodyCharacters } from './characters.ts';
import { fieldName } from './gateway.ts';
import type { Problem } from './problem.ts';
import type { ParsedTerm } from './rules.ts';
import { didYouMean } from './suggest.ts';

/** The names every published term can be linked by: its title, then its aliases. */
export function linkTargetsOf(terms: readonly ParsedTerm[]): LinkTarget[] {
	return terms.filter((term) => !term.data.draft).map((term) => ({ slug: term.doc.slug, names: [term.data.title, ...term.data.aliases] }));
}

/**
 * The link targets of one translation language: every published term, by its names in that
 * language where it is translated, else by its default names, marked as a fallback.
 */
function translatedTargets(targets: readonly LinkTarget[], translations: readonly ParsedTerm[]): LinkTarget[] {
	const names = new Map(translations.filter((term) => !term.data.draft).map((term) => [term.doc.slug, [term.data.title, ...term.data.aliases]]));
	return targets.map((target) => {
		const own = names.get(target.slug);
		return own ? { slug: target.slug, names: own } : { ...target, fallback: true };
	});
}

/** How the glossary's bodies are linked and rendered: every language's names, and the base path. */
export function bodySettingsOf(site: SiteConfig | undefined, terms: readonly ParsedTerm[], translations: readonly ParsedTerm[] = []): BodySettings {
	const targets = linkTargetsOf(terms);
	const settings: BodySettings = { targets, base: site?.base ?? '/' };
	if (!site) return settings;
	settings.language = defaultLanguage(site);
	const languages = translationLanguages(site);
	if (languages.length > 0) {
		settings.translations = Object.fromEntries(
			languages.map((lang) => [lang, translatedTargets(targets, translations.filter((term) => term.lang === lang))]),
		);
	}
	return settings;
}

/** Where a term's processed body is kept in a report: by slug, or `<lang>/<slug>` for a translation. */
export const bodyKey = (term: Pick<ParsedTerm, 'doc' | 'lang'>) => (term.lang ? `${term.lang}/${term.doc.slug}` : term.doc.slug);

/**
 * Checks what only the bodies tell, from what linking each body found (see `renderBodies`):
 * every `[[slug]]` names a published term, and every term is linked from somewhere (a warning:
 * an orphan is hard to find). The text itself is checked too: no NUL, and no bidirectional
 * control left open at the end of its line (see `checkBodyCharacters`).
 */
export function checkBodies(
	terms: readonly ParsedTerm[],
	bodies: ReadonlyMap<string, RenderedBody>,
	/** The slugs `[[links]]` may name, for "did you mean". Default: the published ones of `terms`. */
	slugs: readonly string[] = linkTargetsOf(terms).map((target) => target.slug),
): Problem[] {
	const problems: Problem[] = [];
	const linkedTo = new Set<string>();
	for (const { doc, data, lang } of terms) {
		for (const found of checkBodyCharacters(doc.body)) {
			problems.push({ file: doc.file, line: doc.bodyLine + found.line - 1, field: 'body', message: found.message, severity: 'error' });
		}
		const body = bodies.get(bodyKey({ doc, lang }));
		if (!body) continue;
		if (body.failed !== undefined) {
			const tooDeep = /call stack|too much recursion/i.test(body.failed);
			problems.push({
				file: doc.file,
				line: doc.bodyLine,
				field: 'body',
				message: tooDeep
					? 'nests lists, quotes, brackets or HTML elements too deeply to be read — simplify its structure'
					: `could not be read as markdown (${body.failed}) — simplify it, and report this to the glossary's maintainers`,
				severity: 'error',
			});
			continue;
		}
		for (const link of body.unknown) {
			const hint = didYouMean(link.slug, slugs);
			problems.push({
				file: doc.file,
				line: doc.bodyLine + link.line - 1,
				field: 'body',
				message: `[[${link.slug}]] is not a term — link to an existing term's file name without ".md"${hint ? ` (${hint})` : ''}`,
				severity: 'error',
			});
		}
		if (data.draft) continue;
		for (const slug of [...body.links, ...data.related]) linkedTo.add(slug);
	}
	for (const { doc, data } of terms) {
		if (data.draft || linkedTo.has(doc.slug)) continue;
		problems.push({
			file: doc.file,
			line: doc.yaml?.lineOf(['title']) ?? 1,
			field: fieldName(['title']),
			message: 'no other term links here (an orphan) — add it to a related term\'s "related", or mention it in another body',
			severity: 'warning',
		});
	}
	return problems;
}
