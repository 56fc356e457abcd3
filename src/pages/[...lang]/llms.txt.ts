import type { APIRoute, GetStaticPaths } from 'astro';
import { siteLanguage, perLanguage } from '../../i18n/page.ts';
import { termPath } from '../../link/routes.ts';
import { getGlossary, getSite } from '../../render/collections.ts';
import { absoluteUrl } from '../../render/urls.ts';

/**
 * Markdown link text and list items stay on one line (U+2028/U+2029 count as breaks), and text
 * stays text: brackets, backticks, `<` and `&` are backslash-escaped, so "the `<script>` element"
 * is never read as a link, code or HTML.
 */
const inline = (text: string) => text.replace(/\s+/g, ' ').replace(/[\\[\]`<>&]/g, '\\$&');

/** A file per language (`/llms.txt`, `/es/llms.txt`). */
export const getStaticPaths = (() => perLanguage()) satisfies GetStaticPaths;

/** The glossary for language-model tools (the llms.txt convention): every term, its definition and URL. */
export const GET: APIRoute = async ({ props }) => {
	const { lang } = props as { lang: string };
	const [site, glossary] = await Promise.all([getSite(), getGlossary(lang)]);
	const language = siteLanguage(site, lang);
	const sections = glossary.categories
		.filter((category) => category.terms.length > 0)
		.map((category) => {
			const lines = category.terms.map((term) => `- [${inline(term.title)}](${absoluteUrl(site, language.prefix + termPath(term.slug))}): ${inline(term.summary)}`);
			return `## ${inline(category.name)}\n\n${lines.join('\n')}`;
		});
	const data = language.t('llmsData', { url: absoluteUrl(site, 'glossary.json') });
	const text = `# ${inline(language.settings.name)}\n\n> ${inline(language.settings.description)}\n\n${data}\n\n${sections.join('\n\n')}\n`;
	return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
