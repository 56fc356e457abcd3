/**
 * Made-up but readable text for the synthetic glossary: pronounceable invented words for names,
 * and English sentences built from templates for summaries, bodies and FAQ answers. Real words
 * keep page sizes and the search index close to those of a real glossary.
 */
import type { Random } from './random.ts';

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'cr', 'dr', 'fl', 'gr', 'pl', 'pr', 'st', 'tr', 'sh', 'th', 'ch'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'x', 'm', 'nt', 'st'];

/** Vowels that decompose under NFKD, so titles starting with them file under a plain letter. */
const ACCENTED_INITIALS = ['É', 'È', 'Á', 'Ä', 'Å', 'Ö', 'Ó', 'Ü', 'Î'];
const NUMBER_SUFFIXES = ['D', 'G', 'x', '-bit', ''];

const NOUNS = [
	'routing', 'index', 'pipeline', 'gateway', 'model', 'lattice', 'registry', 'workflow', 'ledger',
	'embedding', 'classifier', 'scheduler', 'cache', 'forecast', 'audit', 'graph', 'protocol', 'sampler',
	'monitor', 'planner', 'encoder', 'benchmark', 'framework', 'policy', 'dashboard', 'connector',
];
const OBJECTS = [
	'customer data', 'support tickets', 'invoices', 'product catalogues', 'contracts', 'sensor readings',
	'sales forecasts', 'internal documents', 'supplier records', 'risk reports', 'call transcripts',
	'inventory levels', 'marketing content', 'compliance evidence', 'pricing rules', 'user feedback',
];
const ADJECTIVES = [
	'structured', 'lightweight', 'probabilistic', 'incremental', 'supervised', 'distributed', 'adaptive',
	'rule-based', 'hybrid', 'domain-specific', 'interpretable', 'scalable', 'automated', 'layered',
];
const VERBS = ['classify', 'summarise', 'reconcile', 'rank', 'forecast', 'route', 'label', 'compare', 'monitor', 'retrieve'];
const TEAMS = ['finance teams', 'product managers', 'analysts', 'support staff', 'legal teams', 'operations leads', 'data engineers', 'executives'];
const METRICS = ['cost per case', 'time to decision', 'error rate', 'customer satisfaction', 'revenue per employee', 'cycle time'];
export const TAGS = [
	'llm', 'automation', 'analytics', 'governance', 'security', 'data', 'cost', 'training', 'search',
	'agents', 'evaluation', 'privacy', 'infrastructure', 'vision', 'speech', 'forecasting', 'compliance',
	'retrieval', 'open-source', 'cloud', 'edge', 'quality', 'risk', 'strategy', 'metrics', 'ethics',
];

/** One invented word of two or three syllables, e.g. "brelonix". */
export function pseudoWord(random: Random): string {
	const syllables = random.int(2, 3);
	let word = '';
	for (let i = 0; i < syllables; i++) word += random.pick(ONSETS) + random.pick(VOWELS);
	return word + random.pick(CODAS);
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A term title in sentence case: an invented word and up to two real nouns, e.g. "Brelonix
 * audit graph". A few start with a number ("5G …") or an accented capital ("Élorane …") so the
 * `#` group and accent folding of the A–Z index are exercised.
 */
export function termTitle(random: Random): string {
	const nouns = random.sample(NOUNS, random.int(0, 2));
	const roll = random.next();
	if (roll < 0.04) return [`${random.int(2, 99)}${random.pick(NUMBER_SUFFIXES)}`, pseudoWord(random), ...nouns].join(' ');
	const head = roll < 0.08 ? random.pick(ACCENTED_INITIALS) + pseudoWord(random) : capitalise(pseudoWord(random));
	return [head, ...nouns].join(' ');
}

/** Candidate aliases for a title, best first: its initials, a variant name, an invented name. */
export function aliasCandidates(random: Random, title: string): string[] {
	const words = title.split(' ');
	const initials = words.map((word) => word.charAt(0).toUpperCase()).join('');
	return [
		...(words.length > 1 ? [initials] : []),
		`${words[0]} ${random.pick(['method', 'technique', 'system', 'approach'])}`,
		capitalise(pseudoWord(random)),
	];
}

/** Fills `{T}` (the title), `{O}` (another term's title) and the word slots of a template. */
function fill(random: Random, template: string, title: string, other = ''): string {
	return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
		switch (slot) {
			case 'T': return title;
			case 'O': return other;
			case 'noun': return random.pick(NOUNS);
			case 'object': return random.pick(OBJECTS);
			case 'adj': return random.pick(ADJECTIVES);
			case 'verb': return random.pick(VERBS);
			case 'team': return random.pick(TEAMS);
			case 'metric': return random.pick(METRICS);
			default: throw new Error(`Unknown template slot {${slot}}`);
		}
	});
}

const SUMMARIES = [
	'A {adj} {noun} that helps {team} {verb} {object} faster and with fewer mistakes.',
	'A {adj} technique for turning {object} into a {noun} that software can {verb}.',
	'The practice of using a {adj} {noun} to {verb} {object} at scale.',
	'A way to {verb} {object} with a {adj} {noun}, so that {team} can act on the result.',
];

/** Each body opens with a definition, as editors are asked to write. */
const DEFINITIONS = [
	'{T} is a {adj} approach that lets {team} {verb} {object} without building everything by hand.',
	'{T} is a {noun} designed to {verb} {object} reliably, even when the volume changes from day to day.',
	'{T} is the name for a family of {adj} methods that {verb} {object} with little manual work.',
];

const WHAT_SENTENCES = [
	'In practice, it combines a {noun} with a {adj} {noun} that {team} can inspect, test and improve.',
	'Most implementations start small, with one source of {object}, and add more sources as the volume grows.',
	'The idea is older than it looks: early systems already used a {adj} {noun} to {verb} {object}, only at a much smaller scale.',
	'A typical setup has three parts: a source of {object}, a {noun} that processes it, and a review step where {team} check the results.',
	'Unlike a plain {noun}, it keeps track of where each result came from, which makes its output easier to explain and audit.',
	'Its quality depends mostly on the {object} it receives, so data preparation usually takes more time than the model itself.',
	'Vendors describe it in different ways, but the core is always a {adj} {noun} that can {verb} {object} on demand.',
];

const WHY_SENTENCES = [
	'For {team}, {T} matters because it turns {object} into a measurable improvement in {metric}.',
	'Companies that adopt it usually report a better {metric} and fewer errors in {object}, although the gains depend on data quality.',
	'The main costs are integration work, a {adj} {noun} to run it, and the time {team} spend on review, so a small pilot is the safest first step.',
	'Leaders should ask who owns the {object}, how {metric} will be measured, and what happens when the system is wrong.',
	'Done well, it shortens the path from {object} to decision and frees {team} for work that needs judgment.',
	'It is rarely a competitive advantage on its own; the advantage comes from the {object} and processes around it.',
];

const LINK_SENTENCES = [
	'It is often deployed alongside [{O}]({href}), which covers a neighbouring part of the problem.',
	'Teams that already use [{O}]({href}) will find many of the same ideas here.',
	'For the underlying mechanics, see [{O}]({href}).',
];

const HOW_ITEMS = [
	'**Collect**: gather the {object} that the {noun} needs.',
	'**Prepare**: clean and label the data so that it can be trusted.',
	'**Run**: let the {adj} {noun} {verb} the data on a schedule or on demand.',
	'**Review**: have {team} check a sample of results and correct mistakes.',
	'**Measure**: track {metric} before and after, and report the difference.',
];

const FAQ = [
	{ question: 'How long does it take to adopt {T}?', answer: 'A focused pilot takes four to eight weeks. A production roll-out takes longer, because {team} need time to change how they work.' },
	{ question: 'What does {T} cost?', answer: 'Most of the cost is integration and review time, not licences. Budget for a {adj} {noun} and for the people who maintain it.' },
	{ question: 'Who should own {T} in an organisation?', answer: 'A named business owner, usually among the {team}, supported by a technical lead who runs the {noun}.' },
	{ question: 'What are the main risks of {T}?', answer: 'Poor {object} lead to poor results, and unchecked output can mislead decisions. Keep a human review step until quality is proven.' },
	{ question: 'How do we measure the value of {T}?', answer: 'Pick one metric such as {metric}, measure it before the pilot, and compare it after a few weeks of real use.' },
	{ question: 'Is {T} the same as {O}?', answer: 'No. They are related, and often used together, but {T} focuses on a different part of the problem.' },
];

const sentences = (random: Random, templates: readonly string[], count: number, title: string) =>
	random.sample(templates, count).map((template) => fill(random, template, title));

export function summary(random: Random): string {
	return fill(random, random.pick(SUMMARIES), '');
}

/** Three question/answer pairs; `other` is another term's title, for comparison questions. */
export function faq(random: Random, title: string, other: string): { question: string; answer: string }[] {
	return random.sample(FAQ, 3).map((item) => ({
		question: fill(random, item.question, title, other),
		answer: fill(random, item.answer, title, other),
	}));
}

export interface BodyOptions {
	title: string;
	/** A term to link to from the body, root-relative, or none. */
	link: { title: string; slug: string } | undefined;
	/** Add a "How it works" section with a list, as longer entries have. */
	howItWorks: boolean;
	/**
	 * Make the body about this long, in words, with an "In practice" section of extra paragraphs
	 * (real glossaries run to 400–700 words). Default: the sections alone, 170–310 words.
	 */
	words?: number | undefined;
}

/**
 * A term body of roughly 150–300 words: "What is X?" (two paragraphs), an optional "How X works"
 * list, and "Why X matters for business".
 */
export function body(random: Random, options: BodyOptions): string {
	const { title, link } = options;
	const first = [fill(random, random.pick(DEFINITIONS), title), ...sentences(random, WHAT_SENTENCES, random.int(2, 3), title)];
	const second = sentences(random, WHAT_SENTENCES, random.int(2, 3), title);
	if (link) {
		const template = random.pick(LINK_SENTENCES).replace('{href}', `/${link.slug}/`);
		second.push(fill(random, template, title, link.title));
	}
	const sections = [`## What is ${title}?`, first.join(' '), second.join(' ')];
	if (options.howItWorks) {
		const items = random.sample(HOW_ITEMS, 3).map((item) => `- ${fill(random, item, title)}`);
		sections.push(`## How ${title} works`, items.join('\n'));
	}
	const why = sentences(random, WHY_SENTENCES, random.int(3, 4), title);
	sections.push(`## Why ${title} matters for business`, why.join(' '));
	const wordCount = () => sections.join(' ').split(/\s+/).length;
	if (options.words && wordCount() < options.words) {
		sections.push(`## ${title} in practice`);
		while (wordCount() < options.words) sections.push(sentences(random, [...WHAT_SENTENCES, ...WHY_SENTENCES], random.int(3, 5), title).join(' '));
	}
	return sections.join('\n\n') + '\n';
}
