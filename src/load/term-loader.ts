import type { Loader, LoaderContext } from 'astro/loaders';
import { fork } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoredTerm } from '../schemas/stored-term.ts';
import { defaultLanguageOf, validateContent, validTermsOf, type ValidationReport, type ValidTerm } from '../validate/content.ts';
import { errorText, formatProblem, sortProblems, summarise } from '../validate/problem.ts';
import type { BackgroundCheckInput, BackgroundCheckResult } from './background-check.ts';
import { stampOf } from './documents.ts';
import { cacheFolder, type ContentPaths } from './paths.ts';
import { readPrepared } from './prepared.ts';

const REPORT = Symbol.for('glossary.latest-report');

/**
 * How long Vite's file watcher holds back a file's further changes once it has reported one
 * (chokidar's throttle, which drops them): a save that empties a file, then writes it, can be
 * reported only as emptied.
 */
const WATCHER_THROTTLE_MS = 50;

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

function logProblems(context: LoaderContext, report: ValidationReport, shown?: ValidationReport): void {
	const logged = new Set(shown?.problems.map(formatProblem));
	for (const problem of sortProblems(report.problems)) {
		const line = formatProblem(problem);
		if (logged.has(line)) continue;
		(problem.severity === 'error' ? context.logger.error : context.logger.warn).call(context.logger, line);
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
 * `astro dev` serves the entries once their frontmatter is checked, and checks the bodies after
 * (see `serveWhileLinking`).
 */
export function termLoader(paths: ContentPaths): Loader {
	return {
		name: 'glossary-terms',
		load: async (context) => {
			const prepared = await readPrepared();
			if (prepared) return storeTerms(context, [...prepared.terms, ...prepared.translations], defaultLanguageOf(prepared.site));
			if (context.watcher) return serveWhileLinking(context, paths, context.watcher);

			const report = await validateContent(paths, { bodies: 'render', cacheFolder: cacheFolder(paths.root) });
			if (!report.content) {
				logProblems(context, report);
				throw new Error(`Invalid content: ${summarise(report.problems, report.checkedFiles)}. Run npm run validate for the full list.`);
			}
			publish(context, report, true);
		},
	};
}

/**
 * Makes a check's outcome the one pages show: its problems logged (but those `shown` already,
 * by the check it completes), its valid entries stored.
 */
function publish(context: LoaderContext, report: ValidationReport, rendered: boolean, shown?: ValidationReport): void {
	(globalThis as { [REPORT]?: ValidationReport })[REPORT] = report;
	logProblems(context, report, shown);
	// In dev, every entry whose own file is valid is served, even while others are not.
	const lang = defaultLanguageOf(report.site);
	storeTerms(context, validTermsOf([...report.terms, ...report.translations], report.bodies, lang), lang, rendered);
}

/** Said once the bodies are checked: the links, "referenced by" lists and body warnings are complete from then on. */
export const BODIES_CHECKED = 'Every body checked: links, "referenced by" lists and warnings are complete.';

const BACKGROUND_CHECK = fileURLToPath(new URL('./background-check.ts', import.meta.url));

/**
 * Every body checked in a process of its own (see background-check.ts), and `frontmatter` (the
 * report of a check that skipped the bodies, of the same files) completed with what it found.
 */
async function checkBodiesApart(paths: ContentPaths, frontmatter: ValidationReport): Promise<ValidationReport> {
	const input: BackgroundCheckInput = { paths, cacheFolder: cacheFolder(paths.root) };
	const child = fork(BACKGROUND_CHECK, [JSON.stringify(input)], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
	const result = await new Promise<BackgroundCheckResult>((resolve, reject) => {
		child.once('message', (message: BackgroundCheckResult) => resolve(message));
		child.once('error', reject);
		child.once('exit', (code) => reject(new Error(`the check of the bodies stopped with exit code ${code}`)));
	});
	return { ...frontmatter, problems: result.problems, content: result.valid ? frontmatter.content : undefined, bodies: result.bodies };
}

/** The stamp of the file at `path` when `report`'s check read it. */
function stampIn(report: ValidationReport | undefined, path: string): string | undefined {
	const documents = report ? [report.documents, ...Object.values(report.translationDocuments)] : [];
	for (const list of documents) for (const document of list) if (document.path === path) return document.stamp;
	return undefined;
}

/**
 * `astro dev`: the entries are stored as soon as their frontmatter is checked, and the site is
 * served from then on; their bodies are checked (links, orphans, quality) after, in another
 * process. Checking every body of a large glossary from a cold cache takes longer than all the
 * rest (10,000 terms of 600 words: about 15 s on two cores), and a page needs only its own
 * body, which it renders when asked for (see src/render/term-body.ts). Until the bodies are
 * checked, pages show no "referenced by" lists and the terminal no body problems.
 *
 * Every change is checked again: with its bodies once they have all been checked (the unchanged
 * ones then come from the cache); before that, by its frontmatter only, so that an edit shows at
 * once, and the bodies' check runs once more when it ends.
 */
async function serveWhileLinking(context: LoaderContext, paths: ContentPaths, watcher: NonNullable<LoaderContext['watcher']>): Promise<void> {
	let previous: ValidationReport | undefined;
	const check = async (bodies: 'check' | 'skip') => {
		// A TODO left from the template fails a build, but while writing it is only a warning.
		const report = await validateContent(paths, { bodies, cacheFolder: cacheFolder(paths.root), previous, templateTodos: 'warning' });
		previous = report;
		return report;
	};
	publish(context, await check('skip'), false);
	// That check leaves much garbage (every file read and parsed) just as the server starts to
	// load its pages' modules: collected first, it does not add to theirs. Astro's process has
	// `gc` (see `astroNodeOptions`).
	(globalThis as { gc?: () => void }).gc?.();

	let linked = false;
	let changedWhileLinking = false;
	// A check that throws (a bug, not a content problem: those are reported) is said, and the next change is checked all the same.
	const failed = (error: unknown) => context.logger.error(`Checking the content failed: ${errorText(error, { stack: true })}`);
	let glancing = Promise.resolve();
	let checking = (async () => {
		let report: ValidationReport;
		let frontmatter: ValidationReport;
		do {
			changedWhileLinking = false;
			// The frontmatter of the latest change, which the bodies' check completes.
			await glancing;
			frontmatter = previous!;
			report = await checkBodiesApart(paths, frontmatter).catch((error: unknown) => {
				context.logger.warn(`Checking the bodies in another process failed (${errorText(error)}): checking them here.`);
				return check('check');
			});
		} while (changedWhileLinking);
		linked = true;
		previous = report;
		publish(context, report, false, frontmatter);
		context.logger.info(BODIES_CHECKED);
	})().catch(failed);
	let queued = false;
	// A change the watcher held back is caught by a second look at the file once the throttle has
	// passed and the checks this change started have read it: changed since, it is checked again.
	const lookAgain = (path: string) =>
		setTimeout(() => {
			void Promise.all([glancing, checking])
				.then(() => stat(path).then(stampOf, () => undefined))
				.then((now) => {
					if (now !== stampIn(previous, path)) onChange(path, false);
				});
		}, WATCHER_THROTTLE_MS + 20);
	const onChange = (path: string, again = true) => {
		if (relative(paths.root, path).startsWith('..')) return;
		if (again) lookAgain(path);
		if (!linked) {
			changedWhileLinking = true;
			glancing = glancing.then(async () => {
				const report = await check('skip');
				// Bodies checked meanwhile: that check took this change in, and has the links.
				if (!linked) publish(context, report, false);
			}).catch(failed);
			return;
		}
		// One check at a time; changes that arrive meanwhile are taken in by one more.
		if (queued) return;
		queued = true;
		checking = checking
			.then(async () => {
				queued = false;
				publish(context, await check('check'), false);
			})
			.catch(failed);
	};
	watcher.add(paths.root);
	for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, (path: string) => onChange(path));
}
