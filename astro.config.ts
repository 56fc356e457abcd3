import { defineConfig } from 'astro/config';
import { BuiltPages } from './src/index/built-pages.ts';
import { languageNotFoundPages } from './src/index/language-404.ts';
import { pagefindIndex } from './src/index/pagefind.ts';
import { siteLanguages, translationLanguages } from './src/link/languages.ts';
import { cacheFolder } from './src/load/paths.ts';
import { incrementalPagePack } from './src/render/incremental-pages.ts';
import { contentSecurityPolicy, securityHeaders } from './src/render/security.ts';
import { validateSiteConfig } from './src/validate/content.ts';

// Only the site's settings are read here. The terms are checked and rendered once, by
// `npm run build` (or, in `astro dev`, by the content loader): see src/load/term-loader.ts.
const site = await validateSiteConfig();
// The built pages are read once, for both the search index and the security headers.
const builtPages = new BuiltPages();

export default defineConfig({
	// Astro's data store and build cache, and the rendered bodies, per glossary.
	cacheDir: cacheFolder(),
	site: site.url,
	base: site.base,
	trailingSlash: 'always',
	security: { csp: contentSecurityPolicy },
	// Bodies are rendered by our own pipeline (src/render/body-render.ts), which leaves code to CSS:
	// Astro's default highlighter would only warn, on every start, that its inline styles defy the CSP.
	markdown: { syntaxHighlight: false },
	// Four pages at a time: writing a page's folder and file keeps Astro waiting on the disk more
	// than rendering it keeps it busy (10,000 terms: pages in 19 s instead of 27 s).
	build: { format: 'directory', concurrency: 4 },
	// After the build, in this order: every page is written before the pages are read.
	integrations: [
		incrementalPagePack(),
		builtPages.integration(),
		languageNotFoundPages(translationLanguages(site)),
		// Several languages: an index per language, by each page's <html lang>.
		pagefindIndex({ language: siteLanguages(site).length > 1 ? undefined : site.locale, translations: translationLanguages(site) }, builtPages),
		securityHeaders(site.base, builtPages),
	],
	// Term and redirect pages whose key is unchanged are reused from the last build (see src/render/page-keys.ts).
	experimental: { incrementalBuild: true },
});
