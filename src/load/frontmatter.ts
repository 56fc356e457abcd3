/** A markdown file cut into its YAML frontmatter and its body, with line numbers kept. */
export interface MarkdownParts {
	/** The YAML between the `---` fences; `undefined` when the file has no frontmatter. */
	frontmatter: string | undefined;
	/** 1-based line of the frontmatter's first line in the file. */
	frontmatterLine: number;
	/** The markdown after the closing fence. */
	body: string;
	/** 1-based line of the body's first line in the file. */
	bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Splits `---`-fenced frontmatter from the body the way editors write it (and Astro reads it). */
export function splitFrontmatter(source: string): MarkdownParts {
	const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (!FENCE.test(lines[0] ?? '')) {
		return { frontmatter: undefined, frontmatterLine: 1, body: lines.join('\n'), bodyLine: 1 };
	}
	const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
	if (close === -1) {
		return { frontmatter: undefined, frontmatterLine: 1, body: lines.join('\n'), bodyLine: 1 };
	}
	return {
		frontmatter: lines.slice(1, close).join('\n'),
		frontmatterLine: 2,
		body: lines.slice(close + 1).join('\n'),
		bodyLine: close + 2,
	};
}
