import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { contentRoot } from './src/load/paths.ts';
import { pagefindIndex } from './src/index/pagefind.ts';
import { glossaryValidation } from './src/validate/astro-integration.ts';
import { rehypePlugins } from './src/render/markdown.ts';
import { validateSiteConfig } from './src/validate/content.ts';

const site = await validateSiteConfig();

// One content cache per glossary, so that building another content folder (tests, forks) never
// reuses entries from this one.
const cacheKey = createHash('sha256').update(contentRoot()).digest('hex').slice(0, 12);

export default defineConfig({
	cacheDir: `./node_modules/.astro/${cacheKey}/`,
	site: site.url,
	base: site.base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		processor: unified({ rehypePlugins: rehypePlugins({ base: site.base }) }),
		// Highlighting would add inline styles that the sanitiser then strips; code is styled by CSS.
		syntaxHighlight: false,
	},
	integrations: [glossaryValidation(), pagefindIndex({ language: site.locale })],
});
