export type Values = Readonly<Record<string, string | number>>;

/**
 * `{name}` placeholders filled in; one without a value is left as it is. A module of its own so
 * that the browser's search code uses it without the interface strings of every language.
 */
export function fill(template: string, values: Values = {}): string {
	if (!template.includes('{')) return template; // most strings: called for every string of every page
	return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
