import type { LinkTarget } from '../link/term-links.ts';
import type { RenderedBody } from '../render/body-render.ts';
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
 * an orphan is hard to find).
 */
export function checkBodies(terms: readonly ParsedTerm[], bodies: ReadonlyMap<string, RenderedBody>): Problem[] {
	const slugs = linkTargetsOf(terms).map((target) => target.slug);
	const problems: Problem[] = [];
	const linkedTo = new Set<string>();
	for (const { doc, data } of terms) {
		const body = bodies.get(doc.slug);
		if (!body) continue;
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
