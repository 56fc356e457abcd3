import { z } from 'zod';

/** Lowercase a–z, 0–9 and single hyphens, e.g. `fine-tuning`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Plain text as editors type it: trimmed, NFC-normalised, never empty. It is text, never
 * markup: "the `<script>` element" is published as those characters, escaped for each output.
 * (Invisible and control characters are refused for every field by the validation gateway.)
 */
export const PlainTextSchema = z
	.string()
	.trim()
	.normalize('NFC')
	.min(1, { error: 'is empty — write some text or remove the field' });

/** Plain text that must fit on one line, such as a title or a category name. */
export const SingleLineTextSchema = PlainTextSchema.refine((text) => !/[\r\n]/.test(text), {
	error: 'spans several lines — write it on a single line',
});

/**
 * How a name sounds, where its letters do not say: kana for a Japanese name written in kanji,
 * e.g. `けんさく` for 検索. The A–Z index can file nothing by a kanji, so a reading has none.
 */
export const ReadingSchema = SingleLineTextSchema.refine((text) => !/\p{Script=Han}/u.test(text), {
	error: 'has kanji — write how the title sounds, in kana, e.g. "けんさく" for 検索',
});

/** A term's slug as written in `related`, e.g. `foundation-model`. */
export const SlugSchema = z
	.string()
	.trim()
	.regex(SLUG_PATTERN, {
		error: 'is not a slug — use lowercase a-z, 0-9 and single hyphens, e.g. "fine-tuning"',
	});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(text: string): boolean {
	const match = ISO_DATE.exec(text);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A real calendar date written `YYYY-MM-DD`, e.g. `2026-11-20`; output as that same string.
 * YAML parsers differ (some turn dates into `Date` objects), so both forms are accepted.
 */
export const CalendarDateSchema = z
	.union([z.string().trim(), z.date().transform((date) => date.toISOString().slice(0, 10))])
	.refine(isCalendarDate, {
		error: 'is not a real date — write it as YYYY-MM-DD, e.g. 2026-11-20',
	});
