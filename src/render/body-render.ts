import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { buildLinkIndex, linkTerms, type LinkIndex, type LinkTarget, type WikiLinkProblem } from '../link/term-links.ts';
import { remarkTermLinks, type TermLinkReport } from './remark-term-links.ts';

/** What the pages need of a body, and what validation needs to know about its links. */
export interface RenderedBody {
	/** The body as HTML; empty when only the links were checked. */
	html: string;
	headings: MarkdownHeading[];
	/** Terms the body links to, written (`[[slug]]`, `/slug/`) or automatic. */
	links: string[];
	/** `[[slug]]`s that name no published term. */
	unknown: WikiLinkProblem[];
	/** Images the body shows, as written (`./diagram.png`): Astro resolves and optimises local ones. */
	imagePaths: string[];
	/** Why the body could not be processed (the rest is then empty), e.g. markdown nested thousands deep. */
	failed?: string;
}

export interface BodyTask {
	slug: string;
	body: string;
	autolink: boolean;
}

/** How bodies are rendered: the same for every body of one build. */
export interface BodySettings {
	/** Every published term's slug and names, to link by. */
	targets: readonly LinkTarget[];
	/** The site's base path, e.g. `/docs/`. */
	base: string;
}

/**
 * `render` runs the site's full markdown pipeline (Astro's unified processor with our remark
 * and rehype plugins: the HTML a page shows); `check` only parses and links, which is all
 * `npm run validate` needs.
 */
export type BodyMode = 'render' | 'check';

export interface BodyRenderer {
	(task: BodyTask): Promise<RenderedBody>;
}

/** A renderer for one mode; set up once (building the link index and the processor is the costly part). */
export async function createBodyRenderer(settings: BodySettings, mode: BodyMode): Promise<BodyRenderer> {
	const index = buildLinkIndex(settings.targets);
	const render = mode === 'render' ? await createHtmlRenderer(index, settings.base) : createLinkChecker(index);
	// A body from a stranger's pull request may break the parser (quotes nested 50,000 deep
	// overflow its stack): that is a problem to report on that file, never a crash of the run.
	return async (task) => {
		try {
			return await render(task);
		} catch (error) {
			return { html: '', headings: [], links: [], unknown: [], imagePaths: [], failed: error instanceof Error ? error.message : String(error) };
		}
	};
}

async function createHtmlRenderer(index: LinkIndex, base: string): Promise<BodyRenderer> {
	// Loaded only to render: `npm run validate` never needs the HTML pipeline.
	const [{ createMarkdownProcessor }, { rehypePlugins }] = await Promise.all([import('@astrojs/markdown-remark'), import('./markdown.ts')]);
	const processor = await createMarkdownProcessor({
		remarkPlugins: [[remarkTermLinks, { index }]],
		rehypePlugins: rehypePlugins({ base }),
		// Highlighting would add inline styles that the sanitiser then strips; code is styled by CSS.
		syntaxHighlight: false,
	});
	return async ({ slug, body, autolink }) => {
		const result = await processor.render(body, { fileURL: new URL(`file:///${slug}.md`), frontmatter: { autolink } });
		const report = result.metadata.frontmatter['termLinks'] as TermLinkReport;
		const { headings, localImagePaths, remoteImagePaths } = result.metadata;
		return { html: result.code, headings, links: report.targets, unknown: report.unknown, imagePaths: [...localImagePaths, ...remoteImagePaths] };
	};
}

function createLinkChecker(index: LinkIndex): BodyRenderer {
	// Built once: combining micromark's extensions is costly, and the same for every body.
	const parseOptions = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
	return async ({ slug, body, autolink }) => {
		const report = linkTerms(fromMarkdown(body, parseOptions), index, { self: slug, auto: autolink, href: (target) => `/${target}/` });
		return { html: '', headings: [], links: report.targets, unknown: report.unknown, imagePaths: [] };
	};
}
