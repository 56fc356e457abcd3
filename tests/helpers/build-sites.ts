import { writeHostileGlossary } from './hostile-glossary.ts';
import { SITES, buildSite } from './sites.ts';

declare global {
	var glossarySitesBuilt: Promise<void> | undefined;
}

/** Vitest global setup: build the test sites once per run, one after the other (they share .astro/). */
export default async function buildSites() {
	globalThis.glossarySitesBuilt ??= (async () => {
		await writeHostileGlossary();
		for (const [name, site] of Object.entries(SITES)) {
			const result = await buildSite(site.content, site.out);
			if (result.code !== 0) throw new Error(`Building the ${name} site failed:\n${result.stderr}\n${result.stdout}`);
		}
	})();
	await globalThis.glossarySitesBuilt;
}
