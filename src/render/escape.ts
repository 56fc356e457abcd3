/**
 * Text made safe inside HTML or XML markup and attribute values: `& < > " '` become numeric
 * character references. For the few places that build markup as strings (the search box, the
 * term previews, the sitemap); Astro templates escape by themselves.
 */
export function escapeMarkup(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
