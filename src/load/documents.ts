import type { Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { mapLimited } from './files.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { displayPath } from './paths.ts';
import { parseYaml, type PositionedYaml } from './yaml.ts';

/** A content file read from disk, parsed as far as YAML, with positions kept. */
export interface SourceDocument {
	/** Absolute path. */
	path: string;
	/** Path as shown to editors, relative to the working directory. */
	file: string;
	/** The YAML (a term's frontmatter, or a whole `.yml` file); `undefined` when a term has no frontmatter. */
	yaml: PositionedYaml | undefined;
	/** Markdown body of a term file; empty for `.yml` files. */
	body: string;
	/** 1-based line where the body starts. */
	bodyLine: number;
}

/** A term file: its slug is its file name. */
export interface TermDocument extends SourceDocument {
	slug: string;
	/** The file's modification time and size when it was read: unchanged, it need not be read again. */
	stamp: string;
}

/** What the terms folder holds: term files, and anything else that should not be there. */
export interface TermFolder {
	terms: TermDocument[];
	/** Files that are not `.md` directly inside the folder (sub-folders, other extensions). */
	strayFiles: string[];
}

/** The most YAML a term's frontmatter may hold: a long entry uses a few kilobytes. */
const MAX_FRONTMATTER = 64 * 1024;
/** The most a whole `.yml` file may hold: a thousand categories fit easily. */
const MAX_YAML_FILE = 1024 * 1024;

const stampOf = (stats: Stats) => `${stats.mtimeMs}:${stats.size}`;

async function readTerm(path: string): Promise<TermDocument> {
	const [text, stats] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
	const parts = splitFrontmatter(text);
	return {
		path,
		stamp: stampOf(stats),
		file: displayPath(path),
		slug: basename(path, '.md'),
		yaml: parts.frontmatter === undefined ? undefined : parseYaml(parts.frontmatter, parts.frontmatterLine, MAX_FRONTMATTER),
		body: parts.body,
		bodyLine: parts.bodyLine,
	};
}

/**
 * Reads every term file in `folder`; a missing folder reads as empty. A document of `previous`
 * whose file has not changed since is kept as it is (`astro dev` checks again on every edit).
 */
export async function loadTermFolder(folder: string, previous: readonly TermDocument[] = []): Promise<TermFolder> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
	const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
	const isTerm = (path: string) => extname(path) === '.md' && join(folder, basename(path)) === path;
	const known = new Map(previous.map((doc) => [doc.path, doc]));
	const load = async (path: string) => {
		const doc = known.get(path);
		if (doc && doc.stamp === stampOf(await stat(path))) return doc;
		return readTerm(path);
	};
	return {
		// A few at a time: opening 50,000 files at once runs out of file handles.
		terms: await mapLimited(files.filter(isTerm).sort(), load),
		strayFiles: files.filter((path) => !isTerm(path) && !basename(path).startsWith('.')).map(displayPath).sort(),
	};
}

/** Reads a YAML file; `undefined` when it does not exist. */
export async function loadYamlFile(path: string): Promise<SourceDocument | undefined> {
	const text = await readFile(path, 'utf8').catch(() => undefined);
	if (text === undefined) return undefined;
	return { path, file: displayPath(path), yaml: parseYaml(text.replace(/^\uFEFF/, ''), 1, MAX_YAML_FILE), body: '', bodyLine: 1 };
}
