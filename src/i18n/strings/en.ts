import { enSearch } from './en-search.ts';

/**
 * Every word of the site's interface, in English: the reference every other language's module
 * is checked against (same keys, same `{placeholders}`). A value is a string, or, where a count
 * decides the wording, one string per plural category of the language (`Intl.PluralRules`):
 * English needs `one` and `other`; Arabic `zero`, `one`, `two`, `few`, `many` and `other`.
 * `site.yml` can override any of them per language (`languages.<code>.strings`).
 */
export const en = {
	/** The first link on every page, for keyboard users. */
	skipToContent: 'Skip to content',
	/** The feed's title in the page head. */
	rssTitle: '{site}: new and updated terms',
	/** The header's navigation landmark. */
	mainNav: 'Main',
	navAtoZ: 'A–Z',
	navCategories: 'Categories',
	/** The theme toggle, for screen readers. */
	darkTheme: 'Dark theme',
	/** The header's search button, and the search form's button without script. */
	search: 'Search',
	/** Completes `search` for screen readers ("Search the glossary"); may be empty. */
	searchSuffix: ' the glossary',
	/** The search field's label and the search dialog's name. */
	searchTheGlossary: 'Search the glossary',
	close: 'Close',
	/** Completes `close` for screen readers; may be empty. */
	closeSuffix: ' search',
	searchPlaceholder: 'Search terms, e.g. RAG',
	/** The search's category filter. */
	category: 'Category',
	allCategories: 'All categories',
	searchResults: 'Search results',
	/** The footer; `{publisher}` is the publisher's name, linked. */
	publishedBy: 'Published by {publisher}',
	suggestChange: 'Suggest a change',
	/** The breadcrumb's landmark, and its first link (the home page). */
	breadcrumb: 'Breadcrumb',
	glossary: 'Glossary',
	/** A category's size: on its card and its page. */
	termCount: { one: '{count} term', other: '{count} terms' },
	faq: 'Frequently asked questions',
	/** The A–Z letter bar's landmark. */
	letters: 'Letters',
	/** The `#` heading: names that start with a digit, a symbol or a script the index has no letters for. */
	digitsAndSymbols: 'Digits and symbols',
	/** Read after `#` by screen readers. */
	hashSuffix: ' (digits and symbols)',
	/** A letter of the bar that has no names. */
	noTermsUnder: 'No terms under {letter}',
	/** After an alias in the A–Z index: the term it stands for. */
	see: ' — see {title}',
	/** The table of contents of a term page. */
	onThisPage: 'On this page',
	alsoKnownAs: 'Also known as ',
	/** Over the one-sentence definition. */
	definition: 'Definition',
	relatedTerms: 'Related terms',
	/** The rail beside a term: the other terms of its category. */
	moreIn: 'More in {category}',
	allTermsOf: { one: 'All {count} term', other: 'All {count} terms' },
	/** Completes `allTermsOf` for screen readers. */
	allTermsOfSuffix: ' in {category}',
	referencedBy: 'Referenced by',
	/** After the first terms that link here, a link to search for the rest, e.g. "and 1,204 more: search for them". */
	referencedByMore: 'and {count} more: search for them',
	tags: 'Tags',
	lastUpdated: 'Last updated',
	editThisPage: 'Edit this page',
	/** An alias's redirect page; `{term}` is the term's title, linked. */
	anotherNameFor: '“{alias}” is another name for {term}.',
	/** The search page. */
	searchPageDescription: 'Search the {site}.',
	/** Without script; `{az}` is `browseEveryTerm` and `{categories}` is `byCategory`, both linked. */
	searchNeedsScript: 'Search needs JavaScript. You can still {az} or {categories}.',
	browseEveryTerm: 'browse every term from A to Z',
	byCategory: 'by category',
	browseByCategory: 'Browse by category',
	recentlyUpdated: 'Recently updated',
	/** A letter's own page of the A–Z index (large glossaries). */
	letterTitle: '{letter} — {site}',
	letterDescription: 'The {count} entries of the {site} under {letter}.',
	letterCrumb: 'A–Z: {letter}',
	letterLead: '{count} terms and other names, A–Z.',
	/** The categories page. */
	categoriesDescription: 'Every category of the {site}, with its terms.',
	/** The 404 page; `{az}` is `browseAllTerms` and `{categories}` is `byCategory`, both linked. */
	notFoundTitle: 'Page not found',
	notFoundDescription: 'This page is not in the {site}.',
	notFoundText: 'There is no page at this address. The term may have been renamed, or the link mistyped.',
	searchTerms: 'Search terms',
	notFoundBrowse: '{az} or {categories}.',
	browseAllTerms: 'Browse all terms from A to Z',
	/** The home page. */
	homeSearch: { one: 'Search {count} term, e.g. RAG', other: 'Search {count} terms, e.g. RAG' },
	allTermsAtoZ: { one: 'All {count} term, A–Z', other: 'All {count} terms, A–Z' },
	chooseLetter: 'Choose a letter to see its terms.',
	/** llms.txt. */
	llmsData: 'Every term is also available as data: {url}',
	/** The language switcher's landmark. */
	languages: 'Languages',
	...enSearch,
} as const;

/** A wording that depends on a count: one string per plural category the language has. */
export type PluralStrings = { other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;

/** The interface strings of one language: every key of `en`, each a string or plural forms as in English. */
export type UiStrings = { readonly [K in keyof typeof en]: (typeof en)[K] extends string ? string : PluralStrings };

/** A key whose value is plural forms. */
export type PluralKey = { [K in keyof UiStrings]: UiStrings[K] extends string ? never : K }[keyof UiStrings];
/** A key whose value is one string. */
export type TextKey = Exclude<keyof UiStrings, PluralKey>;
