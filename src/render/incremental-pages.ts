import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeInBackground } from '../load/files.ts';
import { PagePack } from './page-pack.ts';

interface Settings {
	config: { cacheDir: URL };
}

/** The methods of Astro's `IncrementalBuildCache` that store its copies of the pages (astro/dist/core/build/incremental.js). */
interface PageStore {
	writeOutputFile(settings: Settings, outputFile: string, body: Uint8Array): Promise<void>;
	restoreOutputFile(settings: Settings, outputFile: string, destination: URL): Promise<boolean>;
	deleteOutputFile(settings: Settings, outputFile: string): Promise<void>;
	writeManifest(settings: Settings): void;
}

const STORE_METHODS = ['writeOutputFile', 'restoreOutputFile', 'deleteOutputFile', 'writeManifest'] as const;
const PACKED = Symbol.for('glossary:incremental-page-pack');

/** One pack per cache folder, for every build this process runs. */
const packs = new Map<string, PagePack>();

function packOf(settings: Settings): PagePack {
	const folder = fileURLToPath(new URL('incremental-pages/', settings.config.cacheDir));
	if (!packs.has(folder)) packs.set(folder, new PagePack(folder));
	return packs.get(folder)!;
}

/**
 * Astro's incremental cache, the very module its build uses, or `undefined` if it is not what
 * this code expects. It is required (Node shares one module cache between `require` and
 * `import`), not imported: Astro's hooks run after the module runner that loaded this file has
 * closed.
 */
function astroPageStore(): PageStore | undefined {
	const require = createRequire(import.meta.url);
	let module: { IncrementalBuildCache?: { prototype: Partial<PageStore> } } | undefined;
	try {
		module = require(join(dirname(require.resolve('astro/package.json')), 'dist/core/build/incremental.js')) as typeof module;
	} catch {
		return undefined;
	}
	const store = module?.IncrementalBuildCache?.prototype;
	return store && STORE_METHODS.every((name) => typeof store[name] === 'function') ? (store as PageStore) : undefined;
}

/**
 * Astro's incremental build keeps its copies of the pages in a pack (see page-pack.ts) instead of
 * a file each. Astro has no option for this: the integration replaces the four methods of its
 * cache that store the copies, and leaves the rest (which pages to reuse, its manifest) to Astro.
 * Should a version of Astro not have them, its own storage stays, with a warning.
 */
export function incrementalPagePack(): AstroIntegration {
	let cacheDir: URL | undefined;
	return {
		name: 'glossary-incremental-pages',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = config.cacheDir;
			},
			'astro:build:start': ({ logger }) => {
				const store = astroPageStore();
				if (!store) {
					logger.warn("Astro's incremental cache is not the one this site was made for: its copies of the pages stay one file each.");
					return;
				}
				// Where Astro kept its copies, a file each, before this: of no use now.
				const copies = cacheDir && fileURLToPath(new URL('dist/', cacheDir));
				if (copies && existsSync(copies)) removeInBackground(copies);
				if (PACKED in store) return;
				const writeManifest = store.writeManifest;
				Object.assign(store, { [PACKED]: true });
				Object.assign(store, {
					async writeOutputFile(settings: Settings, outputFile: string, body: Uint8Array) {
						packOf(settings).put(outputFile, body);
					},
					async restoreOutputFile(settings: Settings, outputFile: string, destination: URL) {
						const body = packOf(settings).get(outputFile);
						if (!body) return false;
						await mkdir(new URL('./', destination), { recursive: true });
						await writeFile(destination, body);
						return true;
					},
					async deleteOutputFile(settings: Settings, outputFile: string) {
						packOf(settings).delete(outputFile);
					},
					// The pack's index goes with Astro's manifest, just before it.
					writeManifest(this: PageStore, settings: Settings) {
						packOf(settings).save();
						writeManifest.call(this, settings);
					},
				} satisfies PageStore);
			},
		},
	};
}
