import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { latestReport } from '../load/term-loader.ts';
import { defaultLanguageOf, type ValidationReport } from '../validate/content.ts';
import type { GlossaryTerm } from '../link/glossary.ts';
import { bodySettingsOf } from '../validate/bodies.ts';
import { readRenderedBodySync } from './body-cache.ts';
import { createBodyRenderer, type BodyRenderer } from './body-render.ts';

export interface TermBodyHtml {
	/** The body's HTML; `undefined` when Astro renders it from the content store (a body with images). */
	html: string | undefined;
	headings: MarkdownHeading[];
}

/** The renderer for the latest check's names and base path, set up again only when those change. */
let devRenderer: { report: ValidationReport; key: string; render: Promise<BodyRenderer> } | undefined;

/**
 * In `astro dev`, bodies are rendered when their page is asked for, not all at start-up: the
 * content loader only checks them (their links are all the other pages need), so that a large
 * glossary's dev server starts in seconds. The same pipeline renders them, as for the build.
 */
async function renderForDev(term: GlossaryTerm): Promise<TermBodyHtml> {
	const report = latestReport();
	const translation = report && term.lang !== defaultLanguageOf(report.site);
	const doc = (translation ? report.translations : report?.terms)?.find((entry) => entry.doc.slug === term.slug && (!translation || entry.lang === term.lang));
	if (!report || !doc) return { html: '', headings: [] };
	// Once per check, not per page: the names of a large glossary take a while to collect.
	if (devRenderer?.report !== report) {
		const settings = bodySettingsOf(report.site, report.terms, report.translations);
		const key = JSON.stringify(settings);
		devRenderer = { report, key, render: devRenderer?.key === key ? devRenderer.render : createBodyRenderer(settings, 'render') };
	}
	const rendered = await (await devRenderer.render)({ slug: term.slug, body: doc.doc.body, autolink: doc.data.autolink, ...(translation ? { lang: term.lang } : {}) });
	return { html: rendered.html, headings: rendered.headings };
}

/** A term's rendered body and its headings: from the render cache, or rendered now in `astro dev`. */
export async function termBody(term: GlossaryTerm): Promise<TermBodyHtml> {
	if (term.bodyFile) return { html: readRenderedBodySync(term.bodyFile).html, headings: term.headings };
	if (import.meta.env.DEV) return renderForDev(term);
	return { html: undefined, headings: term.headings };
}
