import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';

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
				parseData: async (props) => {
					try {
						return await context.parseData(props);
					} catch (error) {
						if (!context.watcher) throw error;
						const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
						context.logger.error(`${props.id}.md is invalid and not published (${reason}). Open /${props.id}/ for the details, or run npm run validate.`);
						const title = typeof props.data['title'] === 'string' ? props.data['title'] : props.id;
						return { title, summary: '', category: '', aliases: [], tags: [], related: [], faq: [], draft: true, autolink: false } as unknown as typeof props.data;
					}
				},
			}),
	};
}
