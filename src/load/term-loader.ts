import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { describeInvalidEntry } from '../validate/entry-problems.ts';

/** What an invalid entry is stored as in `astro dev`: a draft, so nothing lists or links it. */
function placeholder(id: string, data: Record<string, unknown> = {}) {
	const title = typeof data['title'] === 'string' ? data['title'] : id;
	return { title, summary: '', category: '', aliases: [], tags: [], related: [], faq: [], draft: true, autolink: false };
}

/** The part of Astro's content entry types the glob loader calls to read a file's frontmatter. */
type EntryTypes = Map<string, { getEntryInfo(params: { contents: string; fileUrl: URL }): unknown }>;

/**
 * Astro's glob loader reads frontmatter through the context's entry types (internal, not in its
 * types). A file that is not even valid YAML makes that throw: at start-up it stops the dev
 * server, later it keeps the old page and prints js-yaml's words. In `astro dev` such a file
 * reads as empty frontmatter instead, which fails the schema and takes the path of every
 * invalid entry below.
 */
function tolerantEntryTypes(entryTypes: EntryTypes): EntryTypes {
	return new Map(
		[...entryTypes].map(([extension, type]) => [
			extension,
			{
				...type,
				getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
					try {
						return await type.getEntryInfo(params);
					} catch {
						return { data: {}, body: '', slug: '', rawData: '' };
					}
				},
			},
		]),
	);
}

/**
 * The terms collection: a glob over `terms/*.md`, the file name kept as the id (validation has
 * checked it). In `astro dev` an entry that fails its schema would stop Astro's content sync
 * and with it the whole dev server; instead it is logged loudly and kept as an unpublished
 * placeholder, and its page shows what is wrong (`src/pages/[slug].astro`). A build never gets
 * here with invalid content: the content check stops it first.
 */
export function termLoader(folder: string): Loader {
	const files = glob({ pattern: '*.md', base: folder, generateId: ({ entry }) => entry.replace(/\.md$/, '') });
	return {
		name: 'glossary-terms',
		load: (context) =>
			files.load({
				...context,
				...(context.watcher && { entryTypes: tolerantEntryTypes((context as unknown as { entryTypes: EntryTypes }).entryTypes) }),
				parseData: async (props) => {
					try {
						return await context.parseData(props);
					} catch (error) {
						if (!context.watcher) throw error;
						context.logger.error(await describeInvalidEntry(props.id));
						return placeholder(props.id, props.data) as unknown as typeof props.data;
					}
				},
			}),
	};
}
