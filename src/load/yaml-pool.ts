import { defaultThreads, runInWorkers } from './worker-pool.ts';
import { parseYaml, parseYamlFully, parseYamlQuickly, withPositions, type ParsedYaml, type PositionedYaml } from './yaml.ts';

/** YAML text and the line of the file it starts on. */
export interface YamlSource {
	text: string;
	firstLine: number;
}

/**
 * Below this many documents for `yaml`, starting workers (each loads the parser, about 0.1 s)
 * costs more than parsing them here (about 0.2 ms a term's frontmatter).
 */
const MIN_PARALLEL = 1000;
/** Documents per message: a term's frontmatter is a kilobyte or two. */
const BATCH_SIZE = 100;

/**
 * Parses many documents as `parseYaml` does. js-yaml reads most of them here, quickly (the
 * frontmatter of ten thousand terms in about 0.15 s); those it cannot read as `yaml` would are
 * parsed by `yaml`, spread over every core when there are many (ten thousand take it about two
 * seconds on one, during which nothing else can start: the bodies are linked by the names they
 * hold). Text past `maxLength` is refused here, unparsed.
 */
export async function parseYamlMany(sources: readonly YamlSource[], maxLength: number, options: { threads?: number } = {}): Promise<PositionedYaml[]> {
	const threads = options.threads ?? defaultThreads();
	const quick = sources.map(({ text }) => (text.length <= maxLength ? parseYamlQuickly(text) : undefined));
	const rest = sources.filter(({ text }, index) => !quick[index] && text.length <= maxLength);
	const full =
		threads <= 1 || rest.length < MIN_PARALLEL
			? rest.map(({ text, firstLine }) => parseYamlFully(text, firstLine))
			: await runInWorkers<YamlSource, ParsedYaml>(rest, {
					script: new URL('./yaml-worker.ts', import.meta.url),
					workerData: undefined,
					threads,
					batchSize: BATCH_SIZE,
					doing: 'Parsing YAML',
				});
	let next = 0;
	return sources.map(({ text, firstLine }, index) => (text.length > maxLength ? parseYaml(text, firstLine, maxLength) : withPositions(text, firstLine, quick[index] ?? full[next++]!)));
}
