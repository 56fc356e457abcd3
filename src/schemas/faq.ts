import { z } from 'zod';
import { PlainTextSchema, SingleLineTextSchema } from './fields.ts';

/** One question and its answer, shown in the term's FAQ and in its `FAQPage` structured data. */
export const FaqItemSchema = z.strictObject({
	/** The question as a reader would ask it, on one line, e.g. "How long does pre-training take?". */
	question: SingleLineTextSchema,
	/** The answer in plain text, one to three sentences. */
	answer: PlainTextSchema,
});

export type FaqItem = z.infer<typeof FaqItemSchema>;
