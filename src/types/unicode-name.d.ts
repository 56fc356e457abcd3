// unicode-name ships no types; this is the one function the validation messages use.
declare module 'unicode-name' {
	/** The character's name, e.g. "RIGHT-TO-LEFT OVERRIDE"; a control character's alias ("NULL"); else a label ("<reserved-10C50>"). */
	export function unicodeName(char: string | number): string | undefined;
}
