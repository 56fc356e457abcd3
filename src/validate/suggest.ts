/** Edit distance between two strings (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
		previous = current;
	}
	return previous[b.length]!;
}

/** The candidate closest to `input`, if it is close enough to be a likely typo. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
	const needle = input.toLowerCase();
	let best: string | undefined;
	let bestDistance = Math.max(2, Math.floor(needle.length / 3)) + 1;
	for (const candidate of candidates) {
		const candidateDistance = distance(needle, candidate.toLowerCase());
		if (candidateDistance < bestDistance) {
			best = candidate;
			bestDistance = candidateDistance;
		}
	}
	return best;
}

/** ` Did you mean "x"?` or nothing, to append to a message. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
	const suggestion = closest(input, candidates);
	return suggestion ? `did you mean "${suggestion}"?` : '';
}
