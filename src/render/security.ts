import type { AstroIntegration, AstroUserConfig } from 'astro';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BuiltPages } from '../index/built-pages.ts';

/**
 * Sets the saved theme before the first paint, so a dark-theme reader never sees a light flash.
 * It must run inline in the head, so the Content-Security-Policy allows it by its hash; it is
 * kept here, as text, so that the hash is computed from exactly what the page carries.
 */
export const THEME_SCRIPT = `try{const t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}`;

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}` as const;

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * Astro's `security.csp`: it writes the policy as a `<meta>` into every page, with the hashes of
 * that page's scripts and styles. What the site needs and nothing more: its own scripts (by hash
 * when inline; Astro hashes the ones it bundles), styles and images from itself, Pagefind's
 * WebAssembly, fetches of its own index; no plugins, forms that submit only to itself.
 * `frame-ancestors` is only honoured as a header, so it is in `_headers`, not in the `<meta>`.
 */
export const contentSecurityPolicy: CspConfig = {
	directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
	scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [sha256(THEME_SCRIPT)] },
};

/** The headers every response gets, besides the policy: no MIME sniffing, no framing, no full URLs to other sites. */
const HEADERS = [
	'X-Content-Type-Options: nosniff',
	'X-Frame-Options: DENY',
	'Referrer-Policy: strict-origin-when-cross-origin',
];

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/;
/** Where a page's policy `<meta>` is sure to be: early in its head. */
const HEAD_BYTES = 16 * 1024;

/**
 * The union of the pages' policies, for a header every page can share: each page's `<meta>`
 * still narrows it to that page's own hashes (a browser enforces both).
 */
function mergePolicies(policies: Iterable<string>): string {
	const sources = new Map<string, Set<string>>();
	for (const policy of policies) {
		for (const directive of policy.split(';')) {
			const [name, ...values] = directive.trim().split(/\s+/);
			if (!name) continue;
			const merged = sources.get(name) ?? new Set<string>();
			for (const value of values) merged.add(value);
			sources.set(name, merged);
		}
	}
	return [...sources].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/**
 * Writes `_headers` (Netlify, Cloudflare Pages) after the build: the policy of every page plus
 * `frame-ancestors 'none'`, and the headers above, for every path under the site's base.
 */
export function securityHeaders(base: string, builtPages = new BuiltPages()): AstroIntegration {
	let policies = new Set<string>();
	builtPages.onEachBuild(() => {
		// The policy is in the head: only the distinct policies are kept (a handful), each a slice
		// of its page's head, which it keeps in memory (10,000 heads held 500 MB).
		policies = new Set();
		return (_, html) => void policies.add(META_POLICY.exec(html.toString('utf8', 0, HEAD_BYTES))?.[1] ?? '');
	});
	return {
		name: 'glossary-security-headers',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				await builtPages.read(fileURLToPath(dir));
				const policy = `${mergePolicies(policies)}; frame-ancestors 'none'`;
				const lines = [`${base}*`, `  Content-Security-Policy: ${policy}`, ...HEADERS.map((header) => `  ${header}`)];
				await writeFile(new URL('_headers', dir), `${lines.join('\n')}\n`);
			},
		},
	};
}
