import type { Root } from 'mdast';
import { basename } from 'node:path';
import type { VFile } from 'vfile';
import { linkTerms, type LinkIndex } from '../link/term-links.ts';

export interface TermLinkOptions {
	/** The glossary's names, built once per build from the validated frontmatter. */
	index: LinkIndex;
}

/**
 * Turns `[[slug]]` into links and links the first mention of other terms (see `linkTerms`).
 * The terms a body links to are handed on as `termLinks` in the render's frontmatter, which
 * Astro keeps with the rendered entry, so "referenced by" needs no second pass over the bodies.
 */
export function remarkTermLinks(options: TermLinkOptions) {
	return (tree: Root, file: VFile) => {
		const astro = (file.data.astro ??= {});
		const frontmatter = (astro.frontmatter ??= {});
		const self = basename(file.path || '', '.md');
		const report = linkTerms(tree, options.index, {
			self,
			auto: frontmatter['autolink'] !== false,
			// Root-relative like a hand-written link; rehypeBaseLinks adds the base path to both.
			href: (slug) => `/${slug}/`,
		});
		if (report.unknown.length > 0) {
			const list = report.unknown.map((link) => `[[${link.slug}]] on line ${link.line}`).join(', ');
			throw new Error(`${self}.md links to terms that do not exist: ${list}. Run npm run validate for suggestions.`);
		}
		frontmatter['termLinks'] = report.targets;
	};
}
