import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ValidatedContent } from '../validate/content.ts';

/**
 * `npm run build` validates and renders the content before it starts Astro, and hands the
 * result over in this file (named by `GLOSSARY_PREPARED`), so that Astro's content loader
 * reads and parses nothing a second time.
 */
export const PREPARED_ENV = 'GLOSSARY_PREPARED';

/**
 * Writes the content for Astro, without what no page reads from it: the markdown, and the HTML
 * that pages read from the body cache (see `StoredTermSchema.bodyFile`).
 */
export async function writePrepared(file: string, content: ValidatedContent): Promise<void> {
	const lighten = (terms: ValidatedContent['terms']) =>
		terms.map(({ rendered, ...term }) => ({
			...term,
			body: '',
			rendered: rendered.file && rendered.imagePaths.length === 0 ? { ...rendered, html: '' } : rendered,
		}));
	await mkdir(dirname(file), { recursive: true });
	await writeFile(file, JSON.stringify({ ...content, terms: lighten(content.terms), translations: lighten(content.translations) }));
}

/** The content prepared by `npm run build`, or `undefined` when Astro was started some other way. */
export async function readPrepared(): Promise<ValidatedContent | undefined> {
	const file = process.env[PREPARED_ENV];
	return file ? (JSON.parse(await readFile(file, 'utf8')) as ValidatedContent) : undefined;
}
