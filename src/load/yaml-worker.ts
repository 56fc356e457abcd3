/** A worker thread of the YAML pool (`yaml-pool.ts`): parses with `yaml` each document it is sent. */
import { serveBatches } from './worker-pool.ts';
import type { YamlSource } from './yaml-pool.ts';
import { parseYamlFully, type ParsedYaml } from './yaml.ts';

serveBatches<YamlSource, ParsedYaml>(({ text, firstLine }) => parseYamlFully(text, firstLine));
