/**
 * The key two names are compared by: NFC-normalised, trimmed, case-folded.
 * "LLM", " llm " and "Llm" are one name; so are "café" typed with and without combining accents.
 * `toLowerCase()` is Unicode's default, language-neutral mapping (what `toLocaleLowerCase('und')`
 * gives, at a fraction of the cost: it runs for every name, many times per check).
 */
export function identityKey(text: string): string {
	return text.normalize('NFC').trim().toLowerCase();
}

/**
 * A URL-safe slug for any name: accents dropped, lowercase ASCII letters and digits joined by
 * single hyphens, e.g. "Pré-training (PT)" → "pre-training-pt". Empty when nothing ASCII is left.
 */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{Mark}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
