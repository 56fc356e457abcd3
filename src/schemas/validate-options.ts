import { z } from 'zod';

/** Options of `npm run validate -- [--format text|github] [--strict] [--translations]`. */
export const ValidateOptionsSchema = z.strictObject({
	/**
	 * `text` for people (default); `github` for GitHub Actions, which turns each problem into an
	 * annotation on the pull request's changed line.
	 */
	format: z.enum(['text', 'github'], { error: 'is not a format — use text or github' }).default('text'),
	/** Treat warnings as errors: exit 1 when there is any. Default: `false`. */
	strict: z.boolean({ error: 'takes no value — write just --strict' }).default(false),
	/** List every missing and outdated translation, by language, after the summary of each. Default: `false`. */
	translations: z.boolean({ error: 'takes no value — write just --translations' }).default(false),
});

export type ValidateOptions = z.infer<typeof ValidateOptionsSchema>;
