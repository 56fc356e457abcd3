import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Prefixes root-relative links in bodies (`/fine-tuning/`) with the site's base path, so that
 * the same content works when the site is served from a sub-path such as `/glossary/`.
 */
export function rehypeBaseLinks(options: { base: string }) {
	const prefix = options.base.replace(/\/+$/, '');
	return (tree: Root) => {
		if (!prefix) return;
		visit(tree, 'element', (node: Element) => {
			const href = node.properties['href'];
			if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
				node.properties['href'] = `${prefix}${href}`;
			}
		});
	};
}
