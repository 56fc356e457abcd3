import { RESERVED_SLUGS } from '../link/routes.ts';
import type { TermDocument } from '../load/documents.ts';
import { SLUG_PATTERN } from '../schemas/fields.ts';
import type { TermData } from '../schemas/term.ts';
import { fieldName } from './gateway.ts';
import { identityKey, slugify } from './keys.ts';
import type { Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

/** A term file whose frontmatter passed its own schema. */
export interface ParsedTerm {
	doc: TermDocument;
	/** The frontmatter; for a translation, with `category` and `related` filled in from its source where it leaves them out. */
	data: TermData;
	/** The language of a translation, e.g. `es`; absent for the default language. */
	lang?: string | undefined;
	/** A translation's source: the default-language term of the same slug. */
	source?: ParsedTerm;
	/** The fields a translation takes from its source, which are checked there. */
	inherited?: ReadonlySet<'category' | 'related'>;
}

/** What the whole-glossary rules need beyond one language's terms. */
export interface GlossaryRuleOptions {
	/** Slugs no term or alias redirect may take. Default: the site's own pages (`RESERVED_SLUGS`). */
	reserved?: ReadonlySet<string>;
	/**
	 * The terms `related` may name, by slug. Default: the terms checked. For translations: the
	 * default language's terms, since a related term need not be translated.
	 */
	relatedTargets?: ReadonlyMap<string, ParsedTerm>;
}

type NameKind = 'slug' | 'title' | 'alias';

interface NameOwner {
	kind: NameKind;
	term: ParsedTerm;
}

function withHint(message: string, hint: string): string {
	return hint ? `${message} (${hint})` : message;
}

/**
 * An alias is a name, and its redirect page's address is made from it: nothing shaped like a
 * URL or a path (`https://…`, `/x`, `\\x`, `../x`), and nothing without a letter or digit.
 */
function looksLikeAddress(alias: string): boolean {
	return alias.includes('://') || /^[/\\.]/.test(alias) || alias.includes('\\') || !/[\p{L}\p{N}]/u.test(alias);
}

/** A file name that breaks the slug rules, or one the site's own pages need. */
export function checkFileName(doc: TermDocument, reserved: ReadonlySet<string> = RESERVED_SLUGS): Problem | undefined {
	const name = `${doc.slug}.md`;
	if (!SLUG_PATTERN.test(doc.slug)) {
		const suggestion = slugify(doc.slug) || 'your-term';
		return {
			file: doc.file,
			line: 1,
			message: `file name "${name}" is not a valid slug — rename it to "${suggestion}.md" (lowercase a-z, 0-9 and single hyphens)`,
			severity: 'error',
		};
	}
	if (reserved.has(doc.slug)) {
		return {
			file: doc.file,
			line: 1,
			message: `file name "${name}" is reserved for the site's own /${doc.slug}/ page — rename the file, e.g. "${doc.slug}-term.md"`,
			severity: 'error',
		};
	}
	return undefined;
}

/**
 * The rules that need the whole glossary: unique names, references that exist, nothing that
 * would collide with another page. Each term is visited once; lookups go through maps, so the
 * cost grows linearly with the glossary.
 */
export function checkGlossaryRules(
	terms: readonly ParsedTerm[],
	categoryIds: readonly string[],
	/** Slugs of every term file, valid or not: a reference to a broken file is not reported twice. */
	fileSlugs: ReadonlySet<string>,
	options: GlossaryRuleOptions = {},
): Problem[] {
	const reserved = options.reserved ?? RESERVED_SLUGS;
	const problems: Problem[] = [];
	const report = (term: ParsedTerm, path: readonly (string | number)[], message: string) => {
		const line = term.doc.yaml?.lineOf(path) ?? 1;
		problems.push({ file: term.doc.file, line, field: fieldName(path), message, severity: 'error' });
	};

	const bySlug = new Map(terms.map((term) => [term.doc.slug, term]));
	const names = new Map<string, NameOwner>();
	for (const term of terms) names.set(identityKey(term.doc.slug), { kind: 'slug', term });

	const describe = (owner: NameOwner) => `the ${owner.kind} of ${owner.term.doc.file}`;

	for (const term of terms) {
		const titleKey = identityKey(term.data.title);
		const owner = names.get(titleKey);
		if (owner && owner.term !== term) {
			report(term, ['title'], `"${term.data.title}" is already ${describe(owner)} — titles must be unique; rename one of them or merge the two entries`);
		} else if (!owner) {
			names.set(titleKey, { kind: 'title', term });
		}
	}

	const aliasUrls = new Map<string, ParsedTerm>();
	for (const term of terms) {
		const own = new Set([identityKey(term.data.title), identityKey(term.doc.slug)]);
		term.data.aliases.forEach((alias, index) => {
			if (looksLikeAddress(alias)) {
				report(term, ['aliases', index], `"${alias}" looks like a web address or a file path, not a name — write the term's other name in words; an alias gets a page on this site that leads to the term, and cannot lead anywhere else`);
				return;
			}
			const key = identityKey(alias);
			const owner = names.get(key);
			if (own.has(key)) {
				report(term, ['aliases', index], `"${alias}" is the term's own title or slug — remove it; an alias is another name for the term`);
				return;
			}
			if (owner && owner.term === term) {
				report(term, ['aliases', index], `"${alias}" is listed twice — remove the repeat`);
				return;
			}
			if (owner) {
				report(term, ['aliases', index], `"${alias}" is already ${describe(owner)} — an alias must name only one term; remove it here or there`);
				return;
			}
			names.set(key, { kind: 'alias', term });

			const url = slugify(alias);
			if (!url || url === term.doc.slug) return;
			const urlOwner = bySlug.get(url) ?? aliasUrls.get(url);
			if (reserved.has(url)) {
				report(term, ['aliases', index], `"${alias}" would redirect from /${url}/, which the site's own pages use — remove the alias or spell it differently`);
			} else if (urlOwner && urlOwner !== term) {
				report(term, ['aliases', index], `"${alias}" would redirect from /${url}/, which ${urlOwner.doc.file} already uses — remove the alias or spell it differently`);
			} else {
				aliasUrls.set(url, term);
			}
		});
	}

	const relatedTargets = options.relatedTargets ?? bySlug;
	for (const term of terms) {
		if (!term.inherited?.has('category') && !categoryIds.includes(term.data.category)) {
			const hint = didYouMean(term.data.category, categoryIds);
			report(
				term,
				['category'],
				withHint(`"${term.data.category}" is not a category — use one of: ${categoryIds.join(', ')}`, hint) +
					'; or add it to categories.yml',
			);
		}

		if (term.inherited?.has('related')) continue;
		const seen = new Set<string>();
		term.data.related.forEach((slug, index) => {
			const target = relatedTargets.get(slug);
			if (slug === term.doc.slug) {
				report(term, ['related', index], `"${slug}" is this term itself — remove it; related lists other terms`);
			} else if (seen.has(slug)) {
				report(term, ['related', index], `"${slug}" is listed twice — remove the repeat`);
			} else if (!target && !fileSlugs.has(slug)) {
				const hint = didYouMean(slug, relatedTargets.keys());
				report(term, ['related', index], withHint(`"${slug}" is not a term — use the file name of an existing term without ".md"`, hint));
			} else if (target?.data.draft && !term.data.draft) {
				report(term, ['related', index], `"${slug}" is a draft and will not be published — remove it here, or publish ${target.doc.file}`);
			}
			seen.add(slug);
		});
	}
	return problems;
}
