import { createRequire } from 'node:module';
import type * as UnicodeNames from 'unicode-name';

// Unicode's character names take a while to load and are only needed to describe a problem.
let names: typeof UnicodeNames | undefined;
const unicodeName = (codePoint: number) => (names ??= createRequire(import.meta.url)('unicode-name') as typeof UnicodeNames).unicodeName(codePoint);

/**
 * Characters no frontmatter or configuration value may hold: C0 and C1 controls (tab and line
 * breaks aside: whether a field may span lines is its schema's business), DEL, zero-width
 * characters, a byte-order mark inside the text, bidirectional embeddings, overrides and
 * isolates, and lone surrogates (half a character, which YAML's `\uD800` escape can write).
 * They are invisible, so a reviewer cannot see them, and they can make text display
 * differently from what it is ("Trojan Source") or hide one name inside another.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/gu;

/** What a body is checked for: NUL and bidirectional embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- NUL is one of them
const BODY_SUSPECTS = /[\u0000\u202A-\u202E\u2066-\u2069]/;

/** Bidirectional controls that open a run; each must be closed on its line. */
const EMBEDDINGS = new Set([0x202a, 0x202b, 0x202d, 0x202e]);
const ISOLATES = new Set([0x2066, 0x2067, 0x2068]);
const POP_EMBEDDING = 0x202c;
const POP_ISOLATE = 0x2069;

/** `U+202E RIGHT-TO-LEFT OVERRIDE`: how every message names a character. */
export function describeCodePoint(codePoint: number): string {
	return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} ${unicodeName(codePoint) ?? 'UNNAMED CHARACTER'}`;
}

function kindOf(codePoint: number): string {
	if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return 'a control character';
	if ((codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069)) {
		return 'an invisible bidirectional control that can make text display in another order than it is written';
	}
	if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 'half of a character, which no output can encode';
	return 'an invisible character';
}

/** Text with forbidden characters shown as `<U+202E>`, for quoting a name or key in a message. */
export function visible(text: string): string {
	return text.replace(FORBIDDEN, (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

/**
 * What is wrong with each forbidden character in `text`, once per distinct character, e.g.
 * `contains U+200B ZERO WIDTH SPACE (after "Fine-"), an invisible character — delete it …`.
 */
export function forbiddenCharacterMessages(text: string): string[] {
	// Nearly all text is clean: one search without the global flag's state answers that.
	if (text.search(FORBIDDEN) === -1) return [];
	const messages = new Map<string, string>();
	for (const match of text.matchAll(FORBIDDEN)) {
		if (messages.has(match[0])) continue;
		const codePoint = match[0].codePointAt(0)!;
		const before = visible(text.slice(Math.max(0, match.index - 12), match.index)).replace(/\s+/g, ' ');
		const where = match.index === 0 ? 'at the start' : `after "${before}"`;
		messages.set(
			match[0],
			`contains ${describeCodePoint(codePoint)} (${where}), ${kindOf(codePoint)} — delete it; if you cannot see it, retype the text around it`,
		);
	}
	return [...messages.values()];
}

/** A problem found in a markdown body: its 1-based line within the body, and what is wrong. */
export interface BodyCharacterProblem {
	line: number;
	message: string;
}

/**
 * Checks a body for NUL, which no output may carry, and for bidirectional embeddings,
 * overrides and isolates that are not closed on their own line: such a run reorders the text
 * after it, so that what a reviewer reads in the diff is not what the file says. Balanced
 * isolates and the U+200E/U+200F marks are how right-to-left text is written, and stay allowed.
 */
export function checkBodyCharacters(body: string): BodyCharacterProblem[] {
	if (!BODY_SUSPECTS.test(body)) return [];
	const problems: BodyCharacterProblem[] = [];
	body.split('\n').forEach((line, index) => {
		if (line.includes('\u0000')) {
			problems.push({ line: index + 1, message: `contains ${describeCodePoint(0)} — delete it; a markdown file never needs it` });
		}
		const open: number[] = [];
		for (const char of line) {
			const codePoint = char.codePointAt(0)!;
			if (EMBEDDINGS.has(codePoint) || ISOLATES.has(codePoint)) {
				open.push(codePoint);
			} else if (codePoint === POP_EMBEDDING && EMBEDDINGS.has(open.at(-1) ?? 0)) {
				open.pop();
			} else if (codePoint === POP_ISOLATE && open.some((opened) => ISOLATES.has(opened))) {
				// Closing an isolate also closes every embedding opened inside it.
				while (!ISOLATES.has(open.pop()!));
			}
		}
		const unclosed = open[0];
		if (unclosed !== undefined) {
			const closer = ISOLATES.has(unclosed) ? POP_ISOLATE : POP_EMBEDDING;
			problems.push({
				line: index + 1,
				message: `${describeCodePoint(unclosed)} is not closed on its line, so it reorders the text after it — delete it, or close it on the same line with ${describeCodePoint(closer)}`,
			});
		}
	});
	return problems;
}

/** A forbidden character in parsed data: where it is (`key` when it is in a mapping's key) and what is wrong. */
export interface CharacterFinding {
	path: (string | number)[];
	key?: string;
	message: string;
}

interface Visit {
	value: unknown;
	parent: Visit | undefined;
	key: string | number | undefined;
}

function pathOf(visit: Visit | undefined): (string | number)[] {
	const path: (string | number)[] = [];
	for (let at = visit; at?.key !== undefined; at = at.parent) path.unshift(at.key);
	return path;
}

/**
 * Every forbidden character in the strings and keys of parsed YAML or options, walked without
 * recursion; paths are only worked out for what is found, as nearly everything is clean.
 */
export function findForbiddenCharacters(data: unknown): CharacterFinding[] {
	const findings: CharacterFinding[] = [];
	const stack: Visit[] = [{ value: data, parent: undefined, key: undefined }];
	while (stack.length > 0) {
		const visit = stack.pop()!;
		const { value } = visit;
		if (typeof value === 'string') {
			for (const message of forbiddenCharacterMessages(value)) findings.push({ path: pathOf(visit), message });
		} else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
			const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
			for (const [key] of entries) {
				if (typeof key !== 'string') continue;
				for (const message of forbiddenCharacterMessages(key)) findings.push({ path: pathOf(visit), key, message: `the name ${message}` });
			}
			// Pushed last first, so that findings come in the order of the file.
			for (const [key, child] of entries.toReversed()) stack.push({ value: child, parent: visit, key });
		}
	}
	return findings;
}
