import type { LinkTarget } from '../link/term-links.ts';
import type { RenderedBody } from '../render/body-render.ts';
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
 * Checks what only the bodies tell, from what linking each body found (see `renderBodies`):
 * every `[[slug]]` names a published term, and every term is linked from somewhere (a warning:
 * an orphan is hard to find). The text itself is checked too: no NUL, and no bidirectional
 * control left open at the end of its line (see `checkBodyCharacters`).
 */
export function checkBodies(terms: readonly ParsedTerm[], bodies: ReadonlyMap<string, RenderedBody>): Problem[] {
	const slugs = linkTargetsOf(terms).map((target) => target.slug);
	const problems: Problem[] = [];
	const linkedTo = new Set<string>();
	for (const { doc, data } of terms) {
		for (const found of checkBodyCharacters(doc.body)) {
			problems.push({ file: doc.file, line: doc.bodyLine + found.line - 1, field: 'body', message: found.message, severity: 'error' });
		}
		const body = bodies.get(doc.slug);
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
