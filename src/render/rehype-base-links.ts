import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Prefixes root-relative links and sources in bodies (`/fine-tuning/`, `/diagram.png`) with the
 * site's base path, so that the same content works when the site is served from a sub-path
 * such as `/glossary/`.
 */
export function rehypeBaseLinks(options: { base: string }) {
	const prefix = options.base.replace(/\/+$/, '');
	return (tree: Root) => {
		if (!prefix) return;
		visit(tree, 'element', (node: Element) => {
			for (const name of ['href', 'src']) {
				const url = node.properties[name];
				if (typeof url === 'string' && url.startsWith('/') && !url.startsWith('//')) {
					node.properties[name] = `${prefix}${url}`;
				}
			}
		});
	};
}
