import type { Loader, LoaderContext } from 'astro/loaders';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoredTerm } from '../schemas/stored-term.ts';
import { defaultLanguageOf, validateContent, validTermsOf, type ValidationReport, type ValidTerm } from '../validate/content.ts';
import { formatProblem, sortProblems, summarise } from '../validate/problem.ts';
import { cacheFolder, type ContentPaths } from './paths.ts';
import { readPrepared } from './prepared.ts';

const REPORT = Symbol.for('glossary.latest-report');

/** The report of the latest content check in this process: `astro dev` shows its errors on the entries' pages. */
export function latestReport(): ValidationReport | undefined {
	return (globalThis as { [REPORT]?: ValidationReport })[REPORT];
}

/** A term's id in the store: its slug in the default language, `<lang>/<slug>` in another (e.g. `es/fine-tuning`). */
export const termEntryId = (term: Pick<ValidTerm, 'slug' | 'lang'>, defaultLang: string) => (term.lang === defaultLang ? term.slug : `${term.lang}/${term.slug}`);

/**
 * Puts the published terms and translations in the store; an entry whose digest is unchanged is
 * left as it is. Bodies that were only checked (`astro dev`) are rendered by their page when it
 * is asked for.
 */
function storeTerms(context: LoaderContext, terms: readonly ValidTerm[], defaultLang: string, rendered = true): void {
	const published = terms.filter((term) => !term.draft);
	const keep = new Set(published.map((term) => termEntryId(term, defaultLang)));
	for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
	const root = fileURLToPath(context.config.root);
	for (const { body, rendered: processed, ...frontmatter } of published) {
		const id = termEntryId(frontmatter, defaultLang);
		const { html, headings, imagePaths, links, file } = processed;
		if (!rendered) {
			const data: StoredTerm = { ...frontmatter, links, headings: [] };
			context.store.set({ id, data, digest: context.generateDigest({ data, body }) });
			continue;
		}
		const withImages = imagePaths.length > 0 || !file;
		const data: StoredTerm = { ...frontmatter, links, headings, ...(withImages ? {} : { bodyFile: file }) };
		context.store.set({
			id,
			data,
			// Relative to the project, as Astro's own loaders store it: local images resolve from here.
			filePath: relative(root, resolve(frontmatter.file)).split(sep).join('/'),
			digest: context.generateDigest(withImages ? { data, html } : data),
			...(withImages ? { rendered: { html, metadata: { headings, imagePaths } }, assetImports: imagePaths } : {}),
		});
	}
}

function logProblems(context: LoaderContext, report: ValidationReport): void {
	for (const problem of sortProblems(report.problems)) {
		(problem.severity === 'error' ? context.logger.error : context.logger.warn).call(context.logger, formatProblem(problem));
	}
	if (!report.content) context.logger.error(summarise(report.problems, report.checkedFiles));
}

/**
 * The terms collection. `npm run build` has validated and rendered every entry already and
 * hands them over (see `prepared.ts`). Run any other way (`astro dev`, `astro build`), the
 * loader checks and renders the content itself, with the same code and the same cache. In
 * `astro dev` it does so again on every change: bodies that did not change come from the
 * cache, and an invalid entry is reported (and shown on its page) instead of stopping the
 * server.
 *
 * The dev server starts serving once every body is checked. Serving as soon as the frontmatter
 * was checked, with the bodies checked after in another process, showed a 10,000-term
 * glossary's first page in 10–15 s instead of 16–31 s, but its dev server then held about
 * 100 MB more at its peak (the garbage of that first check and the modules of the first pages
 * at once), and its first term page and edits were sometimes slower.
 */
export function termLoader(paths: ContentPaths): Loader {
	return {
		name: 'glossary-terms',
		load: async (context) => {
			const prepared = await readPrepared();
			if (prepared) return storeTerms(context, [...prepared.terms, ...prepared.translations], defaultLanguageOf(prepared.site));

			// The dev server renders each body when its page is asked for (see src/render/term-body.ts).
			const bodies = context.watcher ? 'check' : 'render';
			const rendered = bodies === 'render';
			let previous: ValidationReport | undefined;
			const check = async () => {
				// A TODO left from the template fails a build, but while writing (`astro dev`) it is only a warning.
				const templateTodos = context.watcher ? 'warning' : 'error';
				const report = await validateContent(paths, { bodies, cacheFolder: cacheFolder(paths.root), previous, templateTodos });
				previous = report;
				(globalThis as { [REPORT]?: ValidationReport })[REPORT] = report;
				logProblems(context, report);
				return report;
			};
			const report = await check();
			if (!report.content && !context.watcher) {
				throw new Error(`Invalid content: ${summarise(report.problems, report.checkedFiles)}. Run npm run validate for the full list.`);
			}
			// In dev, every entry whose own file is valid is served, even while others are not.
			storeTerms(context, validTermsOf([...report.terms, ...report.translations], report.bodies, defaultLanguageOf(report.site)), defaultLanguageOf(report.site), rendered);
			if (!context.watcher) return;
			context.watcher.add(paths.root);
			// One check at a time; edits that arrive meanwhile are taken in by one more.
			let queued = false;
			let checking = Promise.resolve();
			const onChange = (path: string) => {
				if (relative(paths.root, path).startsWith('..') || queued) return;
				queued = true;
				checking = checking.then(async () => {
					queued = false;
					const next = await check();
					const lang = defaultLanguageOf(next.site);
					storeTerms(context, validTermsOf([...next.terms, ...next.translations], next.bodies, lang), lang, rendered);
				});
			};
			for (const event of ['add', 'change', 'unlink'] as const) context.watcher.on(event, onChange);
		},
	};
}
