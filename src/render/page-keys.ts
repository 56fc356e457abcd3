import { createHash } from 'node:crypto';
import type { AliasRedirect, Glossary, GlossaryTerm } from '../link/glossary.ts';
import { categoryNeighbours } from '../link/neighbours.ts';
import { referencesOf } from '../link/references.ts';
import type { SiteConfig } from '../schemas/site.ts';

/**
 * Keys for Astro's incremental builds: a page is reused from the last build only when its key
 * is unchanged, so a key covers everything its page shows. Astro itself watches the page's code.
 */
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/** How a term appears on other terms' pages: in related and referenced-by lists, and in link previews. */
export const card = (term: GlossaryTerm) => [term.slug, term.title, term.summary];

/** The "Referenced by" list as the page shows it: the terms named, and the count of the rest. */
function referencesKey(glossary: Glossary, term: GlossaryTerm) {
	const { shown, more } = referencesOf(glossary, term);
	return [shown.map(card), more];
}

/**
 * A term page: the term itself (with its rendered body's file), its category, every term it lists
 * or previews, the site's settings, and whatever else the page shows (`extra`: on a site with
 * several languages, the languages the term is in and the default-language terms it falls back to).
 */
export function termPageKey(site: SiteConfig, glossary: Glossary, term: GlossaryTerm, extra: readonly unknown[] = []): string {
	const category = glossary.category(term.category);
	const others = (slugs: readonly string[]) => slugs.flatMap((slug) => glossary.term(slug) ?? []).map(card);
	// The rail lists the category's neighbouring terms by name, and counts the category's terms.
	const rail = category ? [category.terms.length, categoryNeighbours(category, term.slug).map((other) => [other.slug, other.title])] : [];
	const parts = [site, term, category?.name, others(term.related), others(term.links), referencesKey(glossary, term), rail];
	return digest(extra.length > 0 ? [...parts, ...extra] : parts);
}

/** An alias redirect: the alias, the term it leads to, and the site's settings. */
export function redirectPageKey(site: SiteConfig, redirect: AliasRedirect): string {
	return digest([site, redirect.from, redirect.alias, card(redirect.term)]);
}
