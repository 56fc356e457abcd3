/** Formatters by locale: building one costs far more than formatting with it, and every term page shows a date. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (`YYYY-MM-DD`) as readers of `locale` write it, e.g. "20 November 2026". */
export function formatDate(date: string, locale: string): string {
	let formatter = formatters.get(locale);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
		formatters.set(locale, formatter);
	}
	return formatter.format(new Date(`${date}T00:00:00Z`));
}
