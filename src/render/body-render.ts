import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { buildLinkIndex, linkTerms, type LinkIndex, type LinkLanguage, type LinkTarget, type WikiLinkProblem } from '../link/term-links.ts';
import { errorText } from '../validate/problem.ts';
import { parseMarkdown, remarkGfm } from './remark-gfm.ts';
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
	/** The language of a translation, e.g. `es`; absent for the default language. */
	lang?: string;
}

/** How bodies are rendered: the same for every body of one build. */
export interface BodySettings {
	/** Every published term's slug and names, to link by. */
	targets: readonly LinkTarget[];
	/** The site's base path, e.g. `/docs/`. */
	base: string;
	/**
	 * The default language's code, e.g. `en`: English plural rules apply only in English, and
	 * languages written without spaces have their words found by `Intl.Segmenter`. Absent: English.
	 */
	language?: string;
	/**
	 * Per other language, by code: the terms its bodies link to, by their names in that
	 * language, or (`fallback`) by their default names when they have no translation.
	 */
	translations?: Readonly<Record<string, readonly LinkTarget[]>>;
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
	// One renderer per language, set up when a body of that language first comes.
	const renderers = new Map<string, Promise<BodyRenderer>>();
	const rendererFor = (lang: string | undefined) => {
		const key = lang ?? '';
		let renderer = renderers.get(key);
		if (!renderer) {
			const targets = lang === undefined ? settings.targets : (settings.translations?.[lang] ?? []);
			const index = buildLinkIndex(targets, lang ?? settings.language);
			const language: LinkLanguage = { lang, fallbackLang: settings.language };
			renderer = mode === 'render' ? createHtmlRenderer(index, settings.base, language) : Promise.resolve(createLinkChecker(index, language));
			renderers.set(key, renderer);
		}
		return renderer;
	};
	await rendererFor(undefined);
	// A body from a stranger's pull request may break the parser (quotes nested 50,000 deep
	// overflow its stack): that is a problem to report on that file, never a crash of the run.
	return async (task) => {
		try {
			return await (await rendererFor(task.lang))(task);
		} catch (error) {
			return { html: '', headings: [], links: [], unknown: [], imagePaths: [], failed: errorText(error) };
		}
	};
}

/** A term page's URL, root-relative: in the body's language, or the default language's for a fallback. */
const termHref = (language: LinkLanguage) => (slug: string, fallback: boolean) => (language.lang && !fallback ? `/${language.lang}/${slug}/` : `/${slug}/`);

async function createHtmlRenderer(index: LinkIndex, base: string, language: LinkLanguage): Promise<BodyRenderer> {
	// Loaded only to render: `npm run validate` never needs the HTML pipeline.
	const [{ createMarkdownProcessor }, { rehypePlugins }, { remarkSmartypants }] = await Promise.all([
		import('@astrojs/markdown-remark'),
		import('./markdown.ts'),
		import('./remark-smartypants.ts'),
	]);
	const processor = await createMarkdownProcessor({
		// Astro's own GFM and SmartyPants steps are replaced by faster ones with the same output.
		gfm: false,
		smartypants: false,
		remarkPlugins: [remarkGfm, remarkSmartypants, [remarkTermLinks, { index, language, href: termHref(language) }]],
		rehypePlugins: rehypePlugins({ base }),
		// Highlighting would add inline styles that the sanitiser then strips; code is styled by CSS.
		syntaxHighlight: false,
	});
	return async ({ slug, body, autolink, lang }) => {
		const result = await processor.render(body, { fileURL: new URL(`file:///${lang ? `${lang}/` : ''}${slug}.md`), frontmatter: { autolink } });
		const report = result.metadata.frontmatter['termLinks'] as TermLinkReport;
		const { headings, localImagePaths, remoteImagePaths } = result.metadata;
		return { html: result.code, headings, links: report.targets, unknown: report.unknown, imagePaths: [...localImagePaths, ...remoteImagePaths] };
	};
}

function createLinkChecker(index: LinkIndex, language: LinkLanguage): BodyRenderer {
	const href = termHref(language);
	return async ({ slug, body, autolink }) => {
		const report = linkTerms(parseMarkdown(body), index, { self: slug, auto: autolink, href, language });
		return { html: '', headings: [], links: report.targets, unknown: report.unknown, imagePaths: [] };
	};
}
