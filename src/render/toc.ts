/** A body this long reads better with a table of contents… */
const LONG_BODY_WORDS = 350;
/** …and so does any body with this many headings, whatever its length. */
const MANY_HEADINGS = 4;

/**
 * Whether a term page gets a table of contents: when its body is long, meaning many headings,
 * or several headings over a long text. Short entries (two sections) do without.
 */
export function wantsTableOfContents(headingCount: number, words: number): boolean {
	if (headingCount >= MANY_HEADINGS) return true;
	return headingCount >= 3 && words >= LONG_BODY_WORDS;
}
