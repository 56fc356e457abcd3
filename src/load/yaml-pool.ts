import { defaultThreads, runInWorkers } from './worker-pool.ts';
import { parseYaml, withPositions, type ParsedYaml, type PositionedYaml } from './yaml.ts';

/** YAML text and the line of the file it starts on. */
export interface YamlSource {
	text: string;
	firstLine: number;
}

/**
 * Below this many documents, starting workers (each loads the YAML parser, about 0.1 s) costs
 * more than parsing them here (about 0.2 ms a term's frontmatter).
 */
const MIN_PARALLEL = 1000;
/** Documents per message: a term's frontmatter is a kilobyte or two. */
const BATCH_SIZE = 100;

/**
 * Parses many documents as `parseYaml` does, spread over every core: the YAML of ten thousand
 * terms takes about two seconds on one, during which nothing else can start (the bodies are
 * linked by the names it holds). Text past `maxLength` is refused here, unparsed.
 */
export async function parseYamlMany(sources: readonly YamlSource[], maxLength: number, options: { threads?: number } = {}): Promise<PositionedYaml[]> {
	const threads = options.threads ?? defaultThreads();
	const parsable = sources.filter(({ text }) => text.length <= maxLength);
	if (threads <= 1 || parsable.length < MIN_PARALLEL) return sources.map(({ text, firstLine }) => parseYaml(text, firstLine, maxLength));
	const parsed = await runInWorkers<YamlSource, ParsedYaml>(parsable, {
		script: new URL('./yaml-worker.ts', import.meta.url),
		workerData: undefined,
		threads,
		batchSize: BATCH_SIZE,
		doing: 'Parsing YAML',
	});
	let next = 0;
	return sources.map(({ text, firstLine }) => (text.length > maxLength ? parseYaml(text, firstLine, maxLength) : withPositions(text, firstLine, parsed[next++]!)));
}
