import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** YAML parsed with a map from each field's path back to its line in the file. */
export interface PositionedYaml {
	/** The parsed value; `undefined` when the YAML has errors. */
	data: unknown;
	/** Syntax errors, each with its 1-based line in the file. */
	errors: { line: number; message: string }[];
	/** The line of the value at `path` (or of its nearest existing parent), 1-based in the file. */
	lineOf(path: readonly PropertyKey[]): number;
	/** The line of the key `name` inside the mapping at `path`, for unknown-key errors. */
	lineOfKey(path: readonly PropertyKey[], name: string): number;
}

/**
 * Parses YAML that starts at `firstLine` of its file, keeping positions for error messages.
 * `yaml` is used rather than Astro's js-yaml because it knows where each node came from.
 * The parsed document is not kept: it weighs tens of times the text, and most files never need
 * a line looked up. The first lookup parses the text again.
 */
export function parseYaml(text: string, firstLine = 1): PositionedYaml {
	const { data, errors } = parseOnce(text, firstLine);
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
	};
}

/**
 * The data and the syntax errors. A function of its own so that no closure of `parseYaml`
 * shares a scope with the document, which would keep it alive.
 */
function parseOnce(text: string, firstLine: number): Pick<PositionedYaml, 'data' | 'errors'> {
	const { document, toFileLine } = positioned(text, firstLine);
	return {
		data: document.errors.length > 0 ? undefined : document.toJS(),
		errors: document.errors.map((error) => ({ line: toFileLine(error.pos[0]), message: error.message.split('\n')[0] ?? error.message })),
	};
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
