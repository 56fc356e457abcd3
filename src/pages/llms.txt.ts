import type { APIRoute } from 'astro';
import { termPath } from '../link/routes.ts';
import { translatorFor } from '../i18n/page.ts';
import { getGlossary, getSite } from '../render/collections.ts';
import { absoluteUrl } from '../render/urls.ts';

/**
 * Markdown link text and list items stay on one line (U+2028/U+2029 count as breaks), and text
 * stays text: brackets, backticks, `<` and `&` are backslash-escaped, so "the `<script>` element"
 * is never read as a link, code or HTML.
 */
const inline = (text: string) => text.replace(/\s+/g, ' ').replace(/[\\[\]`<>&]/g, '\\$&');

/** The glossary for language-model tools (the llms.txt convention): every term, its definition and URL. */
export const GET: APIRoute = async () => {
	const [site, glossary] = await Promise.all([getSite(), getGlossary()]);
	const sections = glossary.categories
		.filter((category) => category.terms.length > 0)
		.map((category) => {
			const lines = category.terms.map((term) => `- [${inline(term.title)}](${absoluteUrl(site, termPath(term.slug))}): ${inline(term.summary)}`);
			return `## ${inline(category.name)}\n\n${lines.join('\n')}`;
		});
	const text = `# ${inline(site.name)}\n\n> ${inline(site.description)}\n\n${translatorFor(site).t('llmsData', { url: absoluteUrl(site, 'glossary.json') })}\n\n${sections.join('\n\n')}\n`;
	return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
