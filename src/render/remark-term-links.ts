import type { Root } from 'mdast';
import { basename } from 'node:path';
import type { VFile } from 'vfile';
import { linkTerms, type LinkIndex, type LinkLanguage, type LinkOptions, type LinkReport } from '../link/term-links.ts';

export interface TermLinkOptions {
	/** The glossary's names, built once per build from the validated frontmatter. */
	index: LinkIndex;
	/** The bodies' language and the default one (translations link within their language). Default: the default language. */
	language?: LinkLanguage;
	/** A term page's URL, root-relative. Default: `/<slug>/`. */
	href?: LinkOptions['href'];
}

/** What linking found in one body, handed on in the render's frontmatter as `termLinks`. */
export type TermLinkReport = LinkReport;

/**
 * Turns `[[slug]]` into links and links the first mention of other terms (see `linkTerms`).
 * What it found (the terms linked to, and `[[slug]]`s that name no term) is handed on as
 * `termLinks` in the render's frontmatter: "referenced by" needs no second pass over the
 * bodies, and a broken link is reported with every other problem instead of stopping the
 * render at the first.
 */
export function remarkTermLinks(options: TermLinkOptions) {
	return (tree: Root, file: VFile) => {
		const astro = (file.data.astro ??= {});
		const frontmatter = (astro.frontmatter ??= {});
		const report: TermLinkReport = linkTerms(tree, options.index, {
			self: basename(file.path || '', '.md'),
			auto: frontmatter['autolink'] !== false,
			// Root-relative like a hand-written link; rehypeBaseLinks adds the base path to both.
			href: options.href ?? ((slug) => `/${slug}/`),
			...(options.language ? { language: options.language } : {}),
		});
		frontmatter['termLinks'] = report;
	};
}
