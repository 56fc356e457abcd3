/**
 * The form names are compared in when searching: accents, case, spaces and punctuation
 * folded away, so "Pre training", "pre-training" and "PRÉ-TRAINING" all read "pretraining".
 */
export function fold(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{Mark}/gu, '')
		.toLowerCase()
		.replace(/[^\p{Letter}\p{Number}]+/gu, '');
}

/** The folded query and its likely singular forms, so "LLMs" finds "LLM" and "biases" finds "bias". */
export function foldedVariants(query: string): string[] {
	const folded = fold(query);
	const variants = [folded];
	if (folded.length > 3 && folded.endsWith('es')) variants.push(folded.slice(0, -2));
	if (folded.length > 2 && folded.endsWith('s')) variants.push(folded.slice(0, -1));
	return variants;
}
