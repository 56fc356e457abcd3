import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import { runCli, type CommandResult } from './cli.ts';

/** The sites the build and browser tests look at, built once per run by `build-sites.ts`. */
export const SITES = {
	/** A tiny fixture glossary served under `/docs/`, with drafts, aliases and hostile HTML. */
	basic: { content: 'tests/fixtures/site-basic', out: 'tests/.output/sites/basic', base: '/docs/' },
	/**
	 * Every text field looks like markup or carries `</script>`, plus random text that validation
	 * accepted; written before each run by `hostile-glossary.ts`.
	 */
	hostile: { content: 'tests/.output/content/hostile', out: 'tests/.output/sites/hostile', base: '/' },
	/** Four languages: English, Urdu (right to left), Simplified Chinese and Japanese, served under `/g/`. */
	i18n: { content: 'tests/fixtures/site-i18n', out: 'tests/.output/sites/i18n', base: '/g/' },
	/** The demo glossary that ships in `content/`. */
	demo: { content: 'content', out: 'tests/.output/sites/demo', base: '/' },
} as const;

export type SiteName = keyof typeof SITES;

/** Runs `npm run build`'s script for `content` into `out`, as an editor or CI would. */
export function buildSite(content: string, out: string, env: Record<string, string> = {}): Promise<CommandResult> {
	return runCli('build', ['--out', out], content, env);
}

/** The file a URL path of the built site is served from, or undefined when there is none. */
export function fileForPath(site: SiteName, urlPath: string): string | undefined {
	const { out, base } = SITES[site];
	if (!urlPath.startsWith(base)) return undefined;
	const relative = decodeURIComponent(urlPath.slice(base.length).split(/[?#]/)[0]!);
	const candidate = resolve(out, relative);
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	const index = join(candidate, 'index.html');
	return existsSync(index) ? index : undefined;
}

/** The HTML of a built page, by URL path, e.g. `/docs/token/`. */
export function readPage(site: SiteName, urlPath: string): string {
	const file = fileForPath(site, urlPath);
	if (!file) throw new Error(`No page at ${urlPath} in ${SITES[site].out}`);
	return readFileSync(file, 'utf8');
}

export function parsePage(site: SiteName, urlPath: string): Root {
	return fromHtml(readPage(site, urlPath));
}

/** Every file of a built site, relative to its output folder. */
export function listFiles(site: SiteName): string[] {
	const root = resolve(SITES[site].out);
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)));
}
