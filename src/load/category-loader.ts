import type { Loader, LoaderContext } from 'astro/loaders';
import { relative } from 'node:path';
import type { StoredCategory } from '../schemas/category.ts';
import { defaultLanguageOf, validateCategories, type CategoryContent } from '../validate/content.ts';
import type { ContentPaths } from './paths.ts';
import { readPrepared } from './prepared.ts';

/** Puts every category in the store: id `<id>` in the default language, `<lang>/<id>` in another. */
function storeCategories(context: LoaderContext, content: CategoryContent): void {
	const lang = defaultLanguageOf(content.site);
	const entries: [string, StoredCategory][] = [
		...Object.entries(content.categories).map(([id, category]): [string, StoredCategory] => [id, { ...category, id, lang }]),
		...Object.entries(content.categoryTranslations).flatMap(([code, categories]) =>
			Object.entries(categories).map(([id, category]): [string, StoredCategory] => [`${code}/${id}`, { ...category, id, lang: code }]),
		),
	];
	const keep = new Set(entries.map(([id]) => id));
	for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
	for (const [id, data] of entries) context.store.set({ id, data, digest: context.generateDigest(data) });
}

/**
 * The categories collection, in every language. `npm run build` hands over what it validated;
 * run any other way, the loader reads `categories.yml` and each `<lang>/categories.yml` itself,
 * and (in `astro dev`) again whenever one of them or `site.yml` changes. Their problems are
 * reported by the terms loader's check, which covers them too.
 */
export function categoryLoader(paths: ContentPaths): Loader {
	return {
		name: 'glossary-categories',
		load: async (context) => {
			const prepared = await readPrepared();
			if (prepared) return storeCategories(context, prepared);
			const load = async () => storeCategories(context, await validateCategories(paths));
			if (!context.watcher) return load();
			// While editing, a broken file leaves the last valid categories in place (the terms loader reports it).
			await load().catch(() => undefined);
			context.watcher.add(paths.root);
			const onChange = (path: string) => {
				const file = relative(paths.root, path);
				if (!file.startsWith('..') && /(?:^|[\\/])(?:categories|site)\.yml$/.test(file)) void load().catch(() => undefined);
			};
			for (const event of ['add', 'change', 'unlink'] as const) context.watcher.on(event, onChange);
		},
	};
}
