import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { pagefindIndex } from './src/index/pagefind.ts';
import { contentRoot } from './src/load/paths.ts';
import { rehypePlugins } from './src/render/markdown.ts';
import { remarkTermLinks } from './src/render/remark-term-links.ts';
import { contentSecurityPolicy, securityHeaders } from './src/render/security.ts';
import { glossaryValidation } from './src/validate/astro-integration.ts';
import { linkIndexOf } from './src/validate/bodies.ts';
import { validateContent } from './src/validate/content.ts';
import { ContentError } from './src/validate/problem.ts';

// Frontmatter only: `npm run build` has just checked the bodies, and `astro dev` reports a
// broken [[link]] when it renders the page.
const report = await validateContent(undefined, { deep: false });
const site = report.site;
if (!site) throw new ContentError(report.problems, report.checkedFiles);
const linkIndex = linkIndexOf(report.terms);

// Astro caches rendered bodies between builds and re-renders only the files that changed. A
// body's links depend on every term's names, so the cache is keyed on them too: renaming or
// adding a term re-renders everything, editing one body re-renders one page.
const names = report.terms.map((term) => [term.doc.slug, term.data.title, ...term.data.aliases, term.data.draft]);
const cacheKey = createHash('sha256').update(JSON.stringify([contentRoot(), names])).digest('hex').slice(0, 16);

export default defineConfig({
	cacheDir: `./node_modules/.astro/${cacheKey}/`,
	site: site.url,
	base: site.base,
	trailingSlash: 'always',
	security: { csp: contentSecurityPolicy },
	build: { format: 'directory' },
	markdown: {
		processor: unified({
			remarkPlugins: [[remarkTermLinks, { index: linkIndex }]],
			rehypePlugins: rehypePlugins({ base: site.base }),
		}),
		// Highlighting would add inline styles that the sanitiser then strips; code is styled by CSS.
		syntaxHighlight: false,
	},
	integrations: [glossaryValidation(report), pagefindIndex({ language: site.locale }), securityHeaders(site.base)],
});
