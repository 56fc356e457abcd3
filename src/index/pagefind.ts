import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex, type PagefindIndex } from 'pagefind';

/** Pagefind's ready-made search UIs; the site has its own, so these would only take up space. */
const UNUSED_BUNDLES = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;
/** Only pages that mark what to index are sent: term pages. */
const INDEXED = 'data-pagefind-body';
/**
 * Pages sent to Pagefind and not yet indexed, at most. When Pagefind falls behind, Astro waits
 * for it rather than piling up pages in memory (an incremental build reads thousands of reused
 * pages in a burst).
 */
const MAX_IN_FLIGHT = 128;

/**
 * The part of a page Pagefind reads: the element marked `data-pagefind-body` (the term's
 * article), in a document of the page's language. Sending less than the whole page keeps the
 * traffic to the indexing process small, and gives the same index. `undefined` for pages
 * without a marked element.
 */
export function indexedPart(html: string): string | undefined {
	const marker = html.indexOf(INDEXED);
	if (marker === -1) return undefined;
	const start = html.lastIndexOf('<', marker);
	const tag = /^<([a-z][a-z0-9-]*)/i.exec(html.slice(start))?.[1];
	const end = tag ? html.lastIndexOf(`</${tag}>`) : -1;
	if (end === -1) return html;
	const lang = /<html[^>]*?\slang="([^"]*)"/i.exec(html)?.[1] ?? '';
	return `<!doctype html><html lang="${lang}"><body>${html.slice(start, end + tag!.length + 3)}</body></html>`;
}

/** Pagefind reports problems as lists of messages; any message fails the build. */
function check(step: string, errors: readonly string[]): void {
	if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * Feeds pages to Pagefind's indexing service as Astro renders them. The service is a process
 * of its own, so indexing runs on another core while Astro renders the next pages, instead of
 * reading every page back from disk once all are written.
 */
class IndexFeeder {
	private index: Promise<PagefindIndex> | undefined;
	private readonly inFlight = new Set<Promise<void>>();
	private indexed = 0;
	/** Every page Astro will write, in the order it writes them, and where each stands in it. */
	private expected: string[] = [];
	private readonly position = new Map<string, number>();
	/** How far along `expected` the index has been fed. */
	private cursor = 0;
	private readonly language: string;
	/** The output folder, and the base path that page addresses start with. */
	private readonly site: { root: string; base: string };

	constructor(language: string, site: { root: string; base: string }) {
		this.language = language;
		this.site = site;
	}

	/**
	 * A page's address within the site, as Pagefind records it (`/fine-tuning/`): the search
	 * adds the base path in the browser. Also the key pages are matched by, trailing slash or not.
	 */
	sitePath(urlPath: string): string {
		const path = decodeURI(urlPath);
		const inSite = path.startsWith(this.site.base) ? path.slice(this.site.base.length - 1) : path;
		return inSite.endsWith('/') ? inSite : `${inSite}/`;
	}

	private open(): Promise<PagefindIndex> {
		this.index ??= createIndex({ forceLanguage: this.language }).then((created) => {
			check('start', created.errors);
			return created.index!;
		});
		return this.index;
	}

	expect(pathnames: readonly string[]): void {
		this.expected = pathnames.map((pathname) => this.sitePath(pathname));
		this.expected.forEach((pathname, index) => this.position.set(pathname, index));
	}

	private async feed(pathname: string, html: string): Promise<void> {
		const content = indexedPart(html);
		if (content === undefined) return;
		while (this.inFlight.size >= MAX_IN_FLIGHT) await Promise.race(this.inFlight);
		const added = this.open()
			.then((index) => index.addHTMLFile({ url: pathname, content }))
			.then((result) => check(`index ${pathname}`, result.errors))
			.finally(() => this.inFlight.delete(added));
		this.inFlight.add(added);
		this.indexed++;
	}

	/** A page Astro reused from the last build instead of rendering it: its file is in the output already. */
	private async feedFromFile(pathname: string): Promise<void> {
		const file = join(this.site.root, pathname, 'index.html');
		if (existsSync(file)) await this.feed(pathname, readFileSync(file, 'utf8'));
	}

	/**
	 * Pagefind's files depend on the order pages arrive in, so pages are always fed in the order
	 * Astro lists them: a page that an incremental build skipped is read from its file at its
	 * turn. Cold, warm and incremental builds write the same index.
	 */
	async add(pathname: string, html: string): Promise<void> {
		const at = this.position.get(pathname);
		if (at === undefined) return this.feed(pathname, html);
		while (this.cursor < at) await this.feedFromFile(this.expected[this.cursor++]!);
		this.cursor = Math.max(this.cursor, at + 1);
		await this.feed(pathname, html);
	}

	/** Feeds the pages after the last one rendered, then writes the index into the site. */
	async finish(): Promise<number> {
		while (this.cursor < this.expected.length) await this.feedFromFile(this.expected[this.cursor++]!);
		await Promise.all(this.inFlight);
		if (this.indexed === 0) throw new Error(`Pagefind found no pages to index (no ${INDEXED}).`);
		const output = join(this.site.root, 'pagefind');
		const written = await (await this.open()).writeFiles({ outputPath: output });
		check('write the index', written.errors);
		for (const file of await readdir(output)) {
			if (UNUSED_BUNDLES.test(file)) await rm(join(output, file));
		}
		return this.indexed;
	}
}

/** The address of every page in a built site, as a full build lists them. */
async function pagesIn(root: string): Promise<string[]> {
	const files = await readdir(root, { recursive: true });
	return files
		.filter((file) => file === 'index.html' || file.endsWith(`${sep}index.html`))
		.map((file) => `/${file.slice(0, -'index.html'.length).split(sep).join('/')}`)
		.sort();
}

/** Astro's own prerenderer, with every rendered page also handed to `onPage`. */
function feeding(standard: AstroPrerenderer, feeder: IndexFeeder): AstroPrerenderer {
	const feedingPrerenderer: AstroPrerenderer = {
		name: standard.name,
		getStaticPaths: async () => {
			const paths = await standard.getStaticPaths();
			feeder.expect(paths.map((path) => path.pathname));
			return paths;
		},
		render: async (request, options) => {
			const result = await standard.render(request, options);
			const response = result instanceof Response ? result : result.response;
			await feeder.add(feeder.sitePath(new URL(request.url).pathname), await response.clone().text());
			return result;
		},
	};
	if (standard.setup) feedingPrerenderer.setup = () => standard.setup!();
	if (standard.teardown) feedingPrerenderer.teardown = () => standard.teardown!();
	if (standard.collectStaticImages) feedingPrerenderer.collectStaticImages = () => standard.collectStaticImages!();
	return feedingPrerenderer;
}

/**
 * Builds the search index inside `astro build`: no separate command to remember, and an
 * indexing error fails the build. Only term pages carry `data-pagefind-body`, so the home page,
 * alias redirects and the 404 page stay out.
 */
export function pagefindIndex(options: { language: string }): AstroIntegration {
	const language = options.language.split('-')[0] ?? 'en';
	let feeder: IndexFeeder | undefined;
	let base = '/';
	let outDir: URL | undefined;
	return {
		name: 'glossary-pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				outDir = config.outDir;
			},
			'astro:build:start': ({ setPrerenderer }) => {
				setPrerenderer((standard) => {
					feeder = new IndexFeeder(language, { root: fileURLToPath(outDir!), base });
					return feeding(standard, feeder);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				try {
					// Without Astro's prerenderer (or in a test), every page is read from the output.
					const current = feeder ?? new IndexFeeder(language, { root: fileURLToPath(dir), base });
					if (!feeder) current.expect(await pagesIn(fileURLToPath(dir)));
					const lastPage = performance.now();
					const pages = await current.finish();
					const tail = ((performance.now() - lastPage) / 1000).toFixed(1);
					logger.info(`Search index written: ${pages} term pages indexed, finished ${tail} s after the last page.`);
				} finally {
					await close();
				}
			},
		},
	};
}
