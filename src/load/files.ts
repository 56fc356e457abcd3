import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** Files read or written at once: enough to keep the disk busy, few enough not to run out of handles or memory. */
const PARALLEL_FILES = 64;

/** `work` over every item, at most `limit` at a time; results in the items' order. */
export async function mapLimited<T, R>(items: readonly T[], work: (item: T) => Promise<R>, limit = PARALLEL_FILES): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const lane = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await work(items[index]!);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
	return results;
}

const digests = new WeakMap<readonly URL[], Promise<string>>();

/**
 * A digest of the files at `urls` (a missing one counts as empty), read once per process: the
 * code a cache's entries were made by, so that a change to it makes them stale.
 */
export function digestOfFiles(urls: readonly URL[]): Promise<string> {
	let digest = digests.get(urls);
	if (!digest) {
		digest = Promise.all(urls.map((url) => readFile(url).catch(() => Buffer.alloc(0)))).then((contents) => {
			const hash = createHash('sha256');
			for (const content of contents) hash.update(content);
			return hash.digest('hex');
		});
		digests.set(urls, digest);
	}
	return digest;
}

/**
 * Deletes a folder in a process of its own, which outlives this one: deleting thousands of files
 * keeps a disk busy for seconds that nobody needs to wait for. Should that process not start,
 * the folder is deleted here after all.
 */
export function removeInBackground(folder: string): void {
	const remover = spawn(process.execPath, ['--eval', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder], {
		detached: true,
		stdio: 'ignore',
		windowsHide: true,
	});
	remover.on('error', () => rmSync(folder, { recursive: true, force: true }));
	remover.unref();
}
