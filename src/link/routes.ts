/**
 * Top-level paths the site's own pages use. A term or alias with one of these slugs would
 * overwrite a page, so validation rejects them.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['404', 'categories', 'index', 'letters', 'pagefind', 'search', 'search-terms']);

/** Path of a term page (or an alias redirect) relative to the site's base, e.g. `fine-tuning/`. */
export const termPath = (slug: string) => `${slug}/`;

/** Path of a category page relative to the site's base, e.g. `categories/data/`. */
export const categoryPath = (id: string) => `categories/${id}/`;

/** Path of a letter's page of the A–Z index (large glossaries only), e.g. `letters/a/`. */
export const letterPath = (id: string) => `letters/${id}/`;
