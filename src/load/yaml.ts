import { load } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';

/** YAML parsed with a map from each field's path back to its line in the file. */
export interface PositionedYaml {
	/** The parsed value; `undefined` when the YAML has errors. */
	data: unknown;
	/** Syntax errors, and limits the YAML exceeds, each with its 1-based line in the file. */
	errors: YamlError[];
	/** The line of the value at `path` (or of its nearest existing parent), 1-based in the file. */
	lineOf(path: readonly PropertyKey[]): number;
	/** The line of the key `name` inside the mapping at `path`, for unknown-key errors. */
	lineOfKey(path: readonly PropertyKey[], name: string): number;
	/** Every `# comment`, with its line: a reviewer reads them in the diff, so they are checked too. */
	comments(): { line: number; text: string }[];
	/** The YAML text and its first line in the file, so that a parse can be kept and rebuilt (see document-cache.ts); absent past the size limit. */
	source?: { text: string; firstLine: number };
}

export interface YamlError {
	line: number;
	/** `syntax`: the parser's own words; `limit`: a whole sentence with its fix, naming the limit. */
	kind: 'syntax' | 'limit';
	message: string;
}

/**
 * Resource limits. Content comes from strangers' pull requests, so YAML that would take a
 * parser's time or memory (anchors that expand exponentially, nesting thousands deep, megabytes
 * of frontmatter) is refused with a message instead of a hang, a stack trace or running out of
 * memory. The real content is far inside them: a term's frontmatter nests three levels deep.
 */
export const YAML_LIMITS = {
	/** How often aliases (`*name`) may expand in one document, counting nested expansions. */
	aliases: 100,
	/** Levels of lists and mappings inside each other. */
	depth: 8,
} as const;

/** The depth of nested lists and mappings in `data`, walked without recursion; stops past `limit`. */
function depthExceeds(data: unknown, limit: number): boolean {
	const stack: [unknown, number][] = [[data, 0]];
	while (stack.length > 0) {
		const [value, depth] = stack.pop()!;
		if (value === null || typeof value !== 'object' || value instanceof Date) continue;
		if (depth + 1 > limit) return true;
		for (const child of Object.values(value)) stack.push([child, depth + 1]);
	}
	return false;
}

const kib = (characters: number) => `${Math.ceil(characters / 1024)} KB`;

/**
 * Parses YAML that starts at `firstLine` of its file, keeping positions for error messages.
 * `yaml` is used rather than Astro's js-yaml because it knows where each node came from.
 * The parsed document is not kept: it weighs tens of times the text, and most files never need
 * a line looked up. The first lookup parses the text again.
 */
export function parseYaml(text: string, firstLine = 1, maxLength = Infinity): PositionedYaml {
	if (text.length > maxLength) {
		const message = `is ${kib(text.length)} of YAML, more than the ${kib(maxLength)} allowed — keep it short and move long text into the body`;
		return { data: undefined, errors: [{ line: firstLine, kind: 'limit', message }], lineOf: () => firstLine, lineOfKey: () => firstLine, comments: () => [] };
	}
	return withPositions(text, firstLine, parseYamlData(text, firstLine));
}

/** What a parse gives that can be kept or sent to another thread: the data and the errors, without the line lookups. */
export type ParsedYaml = Pick<PositionedYaml, 'data' | 'errors'>;

/** A parse of `text` (by `parseYamlData`, now, on another thread or in an earlier run) with its line lookups, which parse the text again when first asked. */
export function withPositions(text: string, firstLine: number, { data, errors }: ParsedYaml): PositionedYaml {
	let lines: ReturnType<typeof positioned> | undefined;
	const lookUp = () => (lines ??= positioned(text, firstLine));

	return {
		data,
		errors,
		lineOf: (path) => {
			const { nodeLine, nodeAt } = lookUp();
			return nodeLine(nodeAt(path));
		},
		lineOfKey(path, name) {
			const { document, nodeLine, nodeAt } = lookUp();
			const container = path.length === 0 ? document.contents : nodeAt(path);
			if (isMap(container)) {
				const pair = container.items.find((item) => (item.key as { value?: unknown } | null)?.value === name);
				if (pair?.key) return nodeLine(pair.key as Node);
			}
			return nodeLine(isSeq(container) || isMap(container) ? container : null);
		},
		comments: () => (text.includes('#') ? commentsOf(text, firstLine) : []),
		source: { text, firstLine },
	};
}

/**
 * The data, the syntax errors and the limits exceeded: quickly where that gives what `yaml`
 * gives, else from `yaml` itself.
 */
export function parseYamlData(text: string, firstLine: number): ParsedYaml {
	return parseYamlQuickly(text) ?? parseYamlFully(text, firstLine);
}

/**
 * Where js-yaml reads what `yaml` refuses, or reads it otherwise (found by comparing the two on
 * random documents): a `%YAML` directive (`yaml` switches to its rules), a document marker
 * (`---`, `...`: `yaml` reads one document only), tabs (`yaml` refuses them as indentation),
 * an anchor or tag before a key on its line, and a block scalar's explicit indentation (`|2`).
 */
const LEFT_TO_YAML = /^[ ]*(?:%|---|\.\.\.)|\t|(?:^|[\s[{,])[&!]|[|>][+-]?[1-9]/m;

/** A number `yaml` reads as a float, which js-yaml keeps as text when it is too large for one (`1e400`). */
const EXPONENT_NUMBER = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;

/**
 * Whether js-yaml's reading of a document is certainly `yaml`'s: no key `null` (`yaml` reads
 * `null:` and `~:` as the empty key), no key or text that `yaml` may read as a number.
 */
function readAlike(data: unknown): boolean {
	const stack: unknown[] = [data];
	while (stack.length > 0) {
		const value = stack.pop();
		if (typeof value === 'string' && EXPONENT_NUMBER.test(value)) return false;
		if (value === null || typeof value !== 'object') continue;
		if (!Array.isArray(value) && Object.keys(value).some((key) => key === 'null' || EXPONENT_NUMBER.test(key))) return false;
		stack.push(...Object.values(value));
	}
	return true;
}

/**
 * The data of a document that js-yaml reads alike: the common case, with no error. js-yaml
 * reads the same YAML 1.2 core schema about nine times as fast as `yaml` (the frontmatter of
 * 10,000 terms in 0.13 s against 1.25 s), but keeps no positions, and a few documents read
 * differently. It refuses every alias, so nothing can expand; a `%YAML` directive (which
 * switches `yaml` to other rules), any error, anything nested past the limit and anything
 * `readAlike` doubts is left to `yaml`, whose messages and lines editors see.
 */
export function parseYamlQuickly(text: string): ParsedYaml | undefined {
	if (LEFT_TO_YAML.test(text)) return undefined;
	let data: unknown;
	try {
		data = load(text, { maxAliases: 0, maxDepth: YAML_LIMITS.depth + 1 });
	} catch {
		return undefined;
	}
	return !depthExceeds(data, YAML_LIMITS.depth) && readAlike(data) ? { data, errors: [] } : undefined;
}

/**
 * The data, the syntax errors and the limits exceeded, as `yaml` reads them. A function of its
 * own so that no closure of `parseYaml` shares a scope with the document, which would keep it alive.
 */
export function parseYamlFully(text: string, firstLine: number): ParsedYaml {
	const { document, toFileLine } = positioned(text, firstLine);
	const tooDeep = `nests lists or fields more than ${YAML_LIMITS.depth} levels deep — glossary content needs at most three (e.g. faq, an item, its question)`;
	// The parser catches its own stack overflow on deep nesting and reports it as an error.
	const errors = document.errors.map((error): YamlError => {
		const line = toFileLine(error.pos[0]);
		return /call stack|stack overflow/i.test(error.message)
			? { line, kind: 'limit', message: tooDeep }
			: { line, kind: 'syntax', message: error.message.split('\n')[0] ?? error.message };
	});
	if (errors.length > 0) return { data: undefined, errors };
	let data: unknown;
	try {
		data = document.toJS({ maxAliasCount: YAML_LIMITS.aliases });
	} catch {
		// yaml throws when aliases expand past the count: an "exponential entity expansion" attack.
		const message = 'uses anchors and aliases (&name, *name) that expand to too much data — write the values out instead of repeating them with aliases';
		return { data: undefined, errors: [{ line: firstLine, kind: 'limit', message }] };
	}
	if (depthExceeds(data, YAML_LIMITS.depth)) return { data: undefined, errors: [{ line: firstLine, kind: 'limit', message: tooDeep }] };
	return { data, errors };
}

/** Every comment with its line, from a parse of its own that is not kept. */
function commentsOf(text: string, firstLine: number): { line: number; text: string }[] {
	const { document, toFileLine } = positioned(text, firstLine);
	const found: (string | null | undefined)[] = [document.commentBefore, document.comment];
	visit(document, {
		Node(_, node) {
			found.push(node.commentBefore, node.comment);
		},
	});
	// A comment's text is found again in the source to tell its line.
	return found.flatMap((comment) => {
		if (!comment) return [];
		const at = text.indexOf(comment.split('\n')[0]!);
		return [{ line: at >= 0 ? toFileLine(at) : firstLine, text: comment }];
	});
}

/** The YAML document with what it takes to turn a node's offset into a line of the file. */
function positioned(text: string, firstLine: number) {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	const nodeLine = (node: Node | null | undefined) => (node?.range ? toFileLine(node.range[0]) : firstLine);
	const nodeAt = (path: readonly PropertyKey[]) => {
		for (let depth = path.length; depth > 0; depth--) {
			const node = document.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
			if (node && typeof node === 'object' && 'range' in node) return node;
		}
		return document.contents;
	};
	return { document, toFileLine, nodeLine, nodeAt };
}
