import type { AstroIntegration } from 'astro';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Each other language's 404 page as `/<lang>/404.html` too: Cloudflare Pages serves the nearest
 * `404.html` up the path, so a reader lost under `/es/` gets the Spanish page. (Astro writes the
 * page as `/<lang>/404/index.html`, as it writes every page but the site's own 404.)
 */
export function languageNotFoundPages(languages: readonly string[]): AstroIntegration {
	return {
		name: 'glossary-language-404',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const root = fileURLToPath(dir);
				for (const lang of languages) await copyFile(join(root, lang, '404', 'index.html'), join(root, lang, '404.html'));
			},
		},
	};
}
