/** The most a body may hold: a long entry is tens of kilobytes. */
const MAX_BODY_LENGTH = 512 * 1024;
/** How deep a line may nest quotes and lists, counting its indentation and markers. */
const MAX_NESTING = 256;
/** A line's opening run of indentation, quote markers and list markers, one unit per repetition. */
const TOO_DEEP = new RegExp(`^(?:[ \\t>]|[*+-](?=[ \\t])|\\d{1,9}[.)](?=[ \\t])){${MAX_NESTING + 1}}`, 'm');

/**
 * What makes a body too costly to render, found before it is rendered: the markdown parser's
 * time grows faster than the nesting of quotes and lists, and past a few thousand levels it
 * overflows its stack. Real entries are far inside both limits.
 */
export function bodyLimitProblem(body: string): { line: number; message: string } | undefined {
	if (body.length > MAX_BODY_LENGTH) {
		const size = (characters: number) => `${Math.ceil(characters / 1024)} KB`;
		return { line: 1, message: `is ${size(body.length)}, more than the ${size(MAX_BODY_LENGTH)} allowed — shorten it or split the entry` };
	}
	const deep = TOO_DEEP.exec(body);
	if (!deep) return undefined;
	return {
		line: body.slice(0, deep.index).split('\n').length,
		message: `nests quotes or lists more than ${MAX_NESTING} levels deep — simplify its structure`,
	};
}
