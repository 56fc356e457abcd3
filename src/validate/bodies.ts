import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { checkBodyCharacters } from './characters.ts';
import { buildLinkIndex, linkTerms, type LinkIndex } from '../link/term-links.ts';
import { fieldName } from './gateway.ts';
import type { Problem } from './problem.ts';
import type { ParsedTerm } from './rules.ts';
import { didYouMean } from './suggest.ts';

/** The names every term can be linked by: its title, then its aliases. */
export function linkIndexOf(terms: readonly ParsedTerm[]): LinkIndex {
	return buildLinkIndex(
		terms.filter((term) => !term.data.draft).map((term) => ({ slug: term.doc.slug, names: [term.data.title, ...term.data.aliases] })),
	);
}

/** The links in one body; `undefined` when the markdown parser gives up on it (a hostile body must not stop validation). */
function linkBody(doc: ParsedTerm['doc'], data: ParsedTerm['data'], index: LinkIndex, parseOptions: Parameters<typeof fromMarkdown>[1]) {
	try {
		return linkTerms(fromMarkdown(doc.body, parseOptions), index, { self: doc.slug, auto: data.autolink, href: (slug) => `/${slug}/` });
	} catch {
		return undefined;
	}
}

/**
 * Checks what only the bodies tell: every `[[slug]]` names a published term, and every term is
 * linked from somewhere (a warning: an orphan is hard to find). Bodies are parsed as the site
 * renders them (markdown with GitHub's extensions) and linked by the same code.
 */
export function checkBodies(terms: readonly ParsedTerm[]): Problem[] {
	const index = linkIndexOf(terms);
	// Built once: combining micromark's extensions is costly, and the same for every body.
	const parseOptions = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
	const problems: Problem[] = [];
	const linkedTo = new Set<string>();
	for (const { doc, data } of terms) {
		for (const found of checkBodyCharacters(doc.body)) {
			problems.push({ file: doc.file, line: doc.bodyLine + found.line - 1, field: 'body', message: found.message, severity: 'error' });
		}
		const report = linkBody(doc, data, index, parseOptions);
		if (!report) {
			problems.push({
				file: doc.file,
				line: doc.bodyLine,
				field: 'body',
				message: 'could not be read as markdown (it may nest too deeply) — simplify its structure',
				severity: 'error',
			});
			continue;
		}
		for (const link of report.unknown) {
			const hint = didYouMean(link.slug, index.titles.keys());
			problems.push({
				file: doc.file,
				line: doc.bodyLine + link.line - 1,
				field: 'body',
				message: `[[${link.slug}]] is not a term — link to an existing term's file name without ".md"${hint ? ` (${hint})` : ''}`,
				severity: 'error',
			});
		}
		if (data.draft) continue;
		for (const slug of [...report.targets, ...data.related]) linkedTo.add(slug);
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
