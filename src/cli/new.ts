/**
 * `npm run new -- "Term name" [--category id] [--alias X ...] [--slug file-name]`: scaffolds a term
 * file; `npm run new -- --lang ja --slug pre-training` scaffolds a translation (see `new-translation.ts`).
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reservedSlugs } from '../link/languages.ts';
import { RESERVED_SLUGS } from '../link/routes.ts';
import { contentPaths, displayPath } from '../load/paths.ts';
import { NewTermOptionsSchema } from '../schemas/new-term-options.ts';
import { validateContent } from '../validate/content.ts';
import { identityKey, slugify } from '../validate/keys.ts';
import { didYouMean } from '../validate/suggest.ts';
import { newTranslation } from './new-translation.ts';
import { parseOptions } from './options.ts';
import { termTemplate, usesSentenceCase } from './term-template.ts';

function refuse(message: string): never {
	console.error(`npm run new: ${message}`);
	process.exit(1);
}

const options = parseOptions('npm run new', NewTermOptionsSchema);
const paths = contentPaths();
if (options.lang !== undefined) {
	const { lang, slug } = options;
	const next = await newTranslation(paths, { ...options, lang, slug: slug! }).catch((error: Error) => refuse(error.message));
	console.log(next);
	process.exit(0);
}
const name = options.name!;
const slug = options.slug ?? slugify(name);
if (!slug) {
	refuse(`"${name}" gives no usable file name (file names use a-z, 0-9 and hyphens) — choose one with --slug, e.g. --slug my-term`);
}
if (RESERVED_SLUGS.has(slug)) refuse(`"${slug}" is reserved for the site's own /${slug}/ page — choose another name or --slug`);
const file = join(paths.terms, `${slug}.md`);
if (existsSync(file)) refuse(`${displayPath(file)} already exists — edit it, or choose another name or --slug`);

const report = await validateContent(paths, { bodies: 'skip' });
// Language codes are addresses too: /es/ is the Spanish home page.
if (reservedSlugs(report.site).has(slug)) refuse(`"${slug}" is reserved for the site's own /${slug}/ pages — choose another name or --slug`);
const owners = new Map<string, string>();
for (const { doc, data } of report.terms) {
	for (const name of [doc.slug, data.title, ...data.aliases]) owners.set(identityKey(name), doc.file);
}
for (const taken of [name, slug, ...options.alias]) {
	const owner = owners.get(identityKey(taken));
	if (owner) refuse(`"${taken}" is already a name of ${owner} — edit that entry, or give this one another name`);
}
const categories = Object.keys(report.categories ?? {});
if (options.category !== undefined && !categories.includes(options.category)) {
	const hint = didYouMean(options.category, categories);
	refuse(`--category "${options.category}" is not a category${hint ? ` (${hint})` : ''} — use one of: ${categories.join(', ')}`);
}

const sentenceCase = usesSentenceCase(report.terms.map(({ doc, data }) => ({ title: data.title, body: doc.body })));
await writeFile(file, termTemplate({ title: name, sentenceCase, category: options.category, aliases: options.alias, categories }));
console.log(`Created ${displayPath(file)}

Next steps:
  1. Replace every TODO in it: the one-sentence summary, ${options.category ? '' : 'the category, '}the two sections and the FAQ.
     Until then npm run validate and the build fail on it; npm run dev shows it as it is.
  2. List related terms by their file names (without .md) in "related".
  3. Check it:   npm run validate
  4. Preview it: npm run dev, then open http://localhost:4321/${slug}/`);
