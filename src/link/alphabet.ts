/** The letters of the A–Z index; `#` gathers terms that start with a digit or a symbol. */
export const INDEX_LETTERS = ['#', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'] as const;

export type IndexLetter = (typeof INDEX_LETTERS)[number];

/** The index letter a title files under: accents folded ("Échelle" → E), anything else → `#`. */
export function indexLetter(title: string): IndexLetter {
	const first = title.normalize('NFKD').replace(/\p{Mark}/gu, '').charAt(0).toUpperCase();
	return (INDEX_LETTERS as readonly string[]).includes(first) && first !== '#' ? (first as IndexLetter) : '#';
}

export interface LetterGroup<T> {
	letter: IndexLetter;
	/** `letter` as used in ids and URLs: `a`…`z`, and `other` for `#`. */
	id: string;
	items: T[];
}

/**
 * Groups items under every index letter, empty letters included (the navigation shows them
 * disabled). Items must arrive sorted; each keeps its order within its letter.
 */
export function groupByLetter<T>(items: readonly T[], titleOf: (item: T) => string): LetterGroup<T>[] {
	const groups = new Map<IndexLetter, T[]>(INDEX_LETTERS.map((letter) => [letter, []]));
	for (const item of items) groups.get(indexLetter(titleOf(item)))!.push(item);
	return INDEX_LETTERS.map((letter) => ({
		letter,
		id: letter === '#' ? 'other' : letter.toLowerCase(),
		items: groups.get(letter)!,
	}));
}

/** Locale-aware ordering for titles: "éclair" beside "eclair", "10x" before "2FA" only where the locale says so. */
export function titleCollator(locale: string): Intl.Collator {
	return new Intl.Collator(locale, { sensitivity: 'base', numeric: true, ignorePunctuation: false });
}
