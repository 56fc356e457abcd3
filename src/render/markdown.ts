import type { RehypePlugins } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Root } from 'hast';
import { rehypeBaseLinks } from './rehype-base-links.ts';
import { sanitizeSchema } from './sanitize.ts';

/**
 * `rehype-raw`, run only on a body that has raw HTML: it re-parses the whole tree through an
 * HTML parser, which for most bodies (plain markdown) changes nothing and costs a good part of
 * the render.
 */
function rehypeRawWhenPresent(): (tree: Root, file: VFile) => Root {
	const parse = rehypeRaw();
	return (tree, file) => {
		let found = false;
		visit(tree, 'raw', () => {
			found = true;
			return EXIT;
		});
		return found ? parse(tree, file) : tree;
	};
}

/**
 * The rehype stage for term bodies, in order: parse raw HTML into real nodes so that it can be
 * sanitised (Astro only does so after our plugins), sanitise, then add heading anchors and fix
 * root-relative links for the base path. Sanitising first keeps our own ids and links intact.
 */
export function rehypePlugins(options: { base: string }): RehypePlugins {
	return [
		rehypeRawWhenPresent,
		[rehypeSanitize, sanitizeSchema],
		rehypeSlug,
		[
			rehypeAutolinkHeadings,
			{
				behavior: 'append',
				// The "#" comes from CSS: text here would end up in Astro's heading list and the table of contents.
				properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
				content: [],
			},
		],
		[rehypeBaseLinks, options],
	];
}
