import type { Category } from '../schemas/category.ts';
import type { StoredTerm } from '../schemas/stored-term.ts';
import { slugify } from '../validate/keys.ts';
import { groupByLetter, titleCollator, type LetterGroup } from './alphabet.ts';

/** A line of the A–Z index: a term, or an alias that points to one ("LLM, see Large language model"). */
export interface IndexEntry {
	title: string;
	/** How the title sounds, when the term gives it (`reading`): where the entry files and sorts. */
	reading?: string | undefined;
	slug: string;
	/** For an alias: the title of the term it stands for. */
	see?: string;
}

/** A published term with what the pages need beyond its own file. */
export interface GlossaryTerm extends LinkedTerm {
	/** `updated` from the file, else the date of the last commit that touched it. */
	lastModified: string | undefined;
}

export interface GlossaryCategory extends Category {
	id: string;
	/** Its published terms, in index order. */
	terms: GlossaryTerm[];
}

/** An alias page: `/<from>/` redirects to the term. */
export interface AliasRedirect {
	from: string;
	alias: string;
	term: GlossaryTerm;
}

export interface Glossary {
	/** Published terms in index (locale) order. */
	terms: GlossaryTerm[];
	/** Categories in name order, each with its terms. */
	categories: GlossaryCategory[];
	redirects: AliasRedirect[];
	/** The A–Z index: every letter, with its terms and aliases (possibly none). */
	index: LetterGroup<IndexEntry>[];
	/** Whether the A–Z index is too long for one page and gets a page per letter instead. */
	letterPages: boolean;
	term(slug: string): GlossaryTerm | undefined;
	category(id: string): GlossaryCategory | undefined;
	/** Terms that link to `slug` through `related` or a link in their body (written or automatic), in index order. */
	referencedBy(slug: string): GlossaryTerm[];
}

/** A validated term with the terms its body links to, as found when it was rendered. */
export interface LinkedTerm extends StoredTerm {
	slug: string;
}

export interface GlossaryInput {
	terms: readonly LinkedTerm[];
	categories: Readonly<Record<string, Category>>;
	locale: string;
	/** Past this many A–Z entries, the index gets a page per letter (`SiteConfig.letterPagesAfter`). */
	letterPagesAfter: number;
	/** Last-commit dates by file path, for terms without `updated`. */
	commitDates?: ReadonlyMap<string, string>;
}

/** A name without case, accents, spaces or punctuation: "Pre-training" and "pretraining" are one spelling. */
const spellingKey = (name: string) => slugify(name).replaceAll('-', '');

/** Where a term or index entry files and sorts: by how its title sounds, when the term says (`reading`). */
const sortKey = (entry: { title: string; reading?: string | undefined }) => entry.reading ?? entry.title;

/** Terms and their aliases in one sorted list, as a printed glossary files them. */
function indexEntries(terms: readonly GlossaryTerm[], collator: Intl.Collator): IndexEntry[] {
	const entries: IndexEntry[] = terms.flatMap((term) => [
		{ title: term.title, reading: term.reading, slug: term.slug },
		...term.aliases
			// "Pretraining — see Pre-training" beside "Pre-training" helps no one: such an alias is only a spelling.
			.filter((alias) => !spellingKey(alias) || spellingKey(alias) !== spellingKey(term.title))
			.map((alias) => ({ title: alias, slug: term.slug, see: term.title })),
	]);
	return entries.sort((a, b) => collator.compare(sortKey(a), sortKey(b)));
}

/**
 * Builds the glossary model once per build: lookups, the A–Z groups, alias redirects and the
 * link graph. Every page reads from it instead of walking the whole glossary again.
 */
export function buildGlossary(input: GlossaryInput): Glossary {
	const collator = titleCollator(input.locale);
	const terms: GlossaryTerm[] = input.terms
		.filter((term) => !term.draft)
		.map((term) => ({ ...term, lastModified: term.updated ?? input.commitDates?.get(term.file) }))
		.sort((a, b) => collator.compare(sortKey(a), sortKey(b)) || a.slug.localeCompare(b.slug));
	const bySlug = new Map(terms.map((term) => [term.slug, term]));

	const categories = Object.entries(input.categories)
		.map(([id, category]) => ({ ...category, id, terms: [] as GlossaryTerm[] }))
		.sort((a, b) => collator.compare(a.name, b.name));
	const byCategory = new Map(categories.map((category) => [category.id, category]));
	for (const term of terms) byCategory.get(term.category)?.terms.push(term);

	const redirects = terms.flatMap((term) =>
		term.aliases
			.map((alias) => ({ from: slugify(alias), alias, term }))
			.filter((redirect) => redirect.from && redirect.from !== term.slug),
	);

	const referrers = new Map<string, Set<GlossaryTerm>>();
	for (const term of terms) {
		for (const target of new Set([...term.related, ...term.links])) {
			if (target === term.slug || !bySlug.has(target)) continue;
			if (!referrers.has(target)) referrers.set(target, new Set());
			referrers.get(target)!.add(term);
		}
	}
	const order = new Map(terms.map((term, index) => [term, index]));
	const entries = indexEntries(terms, collator);

	return {
		terms,
		categories,
		redirects,
		index: groupByLetter(entries, sortKey, input.locale),
		letterPages: entries.length > input.letterPagesAfter,
		term: (slug) => bySlug.get(slug),
		category: (id) => byCategory.get(id),
		referencedBy: (slug) => [...(referrers.get(slug) ?? [])].sort((a, b) => order.get(a)! - order.get(b)!),
	};
}
