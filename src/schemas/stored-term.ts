import { z } from 'zod';
import { TermSchema } from './term.ts';

/**
 * A published term as the content store keeps it for the pages: its validated frontmatter and
 * what processing its body found. The markdown source does not travel at all: no page reads it.
 */
export const StoredTermSchema = TermSchema.extend({
	/** The term's slug, its file name, e.g. `fine-tuning`: the same in every language. */
	slug: z.string(),
	/** The language the entry is written in, a code from `locales` (or the default language's), e.g. `en` or `es`. */
	lang: z.string(),
	/** The file as editors name it, e.g. `content/terms/llm.md`: for "edit this page" and dates from git. */
	file: z.string(),
	/** How many words the body has, e.g. `412`: long bodies get a table of contents. */
	words: z.number().int().nonnegative(),
	/** Slugs of the terms the body links to, e.g. `["token"]`: for "referenced by" and link previews. */
	links: z.array(z.string()),
	/** The body's headings, for the table of contents. */
	headings: z.array(z.object({ depth: z.number(), slug: z.string(), text: z.string() })),
	/**
	 * The file that holds the rendered body (the render cache), read by the term's page alone: the
	 * store stays small however large the glossary. Absent for a body with images, which Astro
	 * renders from the store (`rendered`) to resolve and optimise them.
	 */
	bodyFile: z.string().optional(),
});

export type StoredTerm = z.infer<typeof StoredTermSchema>;
