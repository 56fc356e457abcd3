import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { TermDocument } from './documents.ts';
import { digestOfFiles } from './files.ts';
import { withPositions, type PositionedYaml } from './yaml.ts';

/** The files whose code decides what a document holds once read: a change to one makes the cache stale. */
const LOADER_FILES = ['documents.ts', 'frontmatter.ts', 'yaml.ts', 'yaml-pool.ts', 'yaml-worker.ts', 'document-cache.ts', '../../package-lock.json'].map((path) => new URL(path, import.meta.url));

/** A term file as read and parsed, without the functions that look lines up (rebuilt on reading). */
type StoredDocument = Omit<TermDocument, 'yaml'> & { yaml: (Pick<PositionedYaml, 'data' | 'errors'> & { text: string; firstLine: number }) | undefined };

interface StoredCache {
	loader: string;
	documents: StoredDocument[];
}

const cacheFile = (folder: string) => join(folder, 'documents.bin');

/**
 * The term files as the last run read them, to be kept where a file's modification time and size
 * are unchanged (see `loadTermFolder`): reading and parsing ten thousand files takes seconds,
 * one file of their parses a fraction of that. Written with V8's serializer, which keeps every
 * value YAML can give (NaN, Infinity) as it was. Empty when there is none, or it was written
 * by other code.
 */
export async function readDocumentCache(folder: string): Promise<TermDocument[]> {
	const stored = await readFile(cacheFile(folder))
		.then((bytes) => deserialize(bytes) as StoredCache)
		.catch(() => undefined);
	if (!stored || stored.loader !== (await digestOfFiles(LOADER_FILES))) return [];
	return stored.documents.map(({ yaml, ...doc }) => ({ ...doc, yaml: yaml && withPositions(yaml.text, yaml.firstLine, yaml) }));
}

/** Keeps `documents` for the next run; those past the YAML size limit are left out (they are read again). */
export async function writeDocumentCache(folder: string, documents: readonly TermDocument[]): Promise<void> {
	const stored: StoredCache = {
		loader: await digestOfFiles(LOADER_FILES),
		documents: documents.flatMap(({ yaml, ...doc }) => {
			if (yaml && !yaml.source) return [];
			return [{ ...doc, yaml: yaml?.source && { data: yaml.data, errors: yaml.errors, ...yaml.source } }];
		}),
	};
	// Written aside and moved into place: a run stopped halfway leaves the previous cache whole.
	await mkdir(folder, { recursive: true });
	const partial = `${cacheFile(folder)}.${process.pid}`;
	await writeFile(partial, serialize(stored));
	await rename(partial, cacheFile(folder));
}
