/**
 * The search box's and the term previews' words: the part of the English strings that the
 * browser's code needs. Kept apart so that the search's bundle carries these, not every page's
 * strings; pages in other languages hand theirs to the browser (see `clientStrings`).
 */
export const enSearch = {
	/** Badge on the result the query names exactly. */
	bestMatch: 'Best match',
	/** Badge on the result a misspelt query most likely names. */
	didYouMean: 'Did you mean?',
	/** Where in a page a result matched: a section's heading or an FAQ question. */
	inSection: 'In “{section}”',
	/** The search's status line. */
	resultCount: { one: '{count} result.', other: '{count} results.' },
	resultCountFor: { one: '{count} result for “{query}”.', other: '{count} results for “{query}”.' },
	/** When the list was cut at its maximum length. */
	topResults: 'Top {count} results.',
	topResultsFor: 'Top {count} results for “{query}”.',
	noResults: 'No results.',
	noResultsFor: 'No results for “{query}”.',
	/** After a search that found nothing; `{terms}` is a list of links. */
	closestTerms: 'Closest terms: {terms}.',
	/** `{link}` is `suggestTerm`, linked. */
	missingTerm: 'Missing a term? {link}.',
	suggestTerm: 'Suggest “{query}” for the glossary',
	/** `{link}` is `browseAllShort`, linked to the A–Z index. */
	orBrowse: 'Or {link}.',
	browseAllShort: 'browse all terms A–Z',
	/** A category in the search's category filter, with how many terms it has. */
	categoryOption: '{name} ({count})',
	searchUnavailable: 'Search is not available here: its index is built by npm run build (try npm start). Browse the A–Z index meanwhile.',
	/** Under a term's preview on a touch screen. */
	tapAgain: 'Tap the link again to open it.',
} as const;
