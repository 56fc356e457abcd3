import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * What raw HTML in a term body may keep: GitHub's rules (no script, no style, no event
 * handlers, only http, https, mailto and relative links), so a pull request can never put
 * script on the site. `id`s written by hand are prefixed so that they cannot clash with ours.
 * Links between terms (from `[[slug]]` and automatic linking) keep their class and target slug,
 * which the hover preview reads; a link to a term not yet translated keeps its mark (see `linkTerms`).
 */
export const sanitizeSchema: SanitizeSchema = {
	...defaultSchema,
	clobberPrefix: 'content-',
	attributes: {
		...defaultSchema.attributes,
		a: [
			...(defaultSchema.attributes?.['a'] ?? []).filter((rule) => !Array.isArray(rule) || rule[0] !== 'className'),
			['className', 'data-footnote-backref', 'term-link', 'term-link--fallback'],
			'dataTerm',
		],
		// The language tag of a link to a term not yet translated, "(EN)".
		span: [...(defaultSchema.attributes?.['span'] ?? []), ['className', 'term-link-lang']],
	},
};
