/**
 * `npm run dev`: Astro's dev server on the glossary, in the foreground, with a heap sized to the
 * glossary (see `astroNodeOptions`). Options after `--` go to `astro dev`.
 */
import { readdir } from 'node:fs/promises';
import { contentPaths } from '../load/paths.ts';
import { astroNodeOptions, runAstro } from './astro-process.ts';

// Terms and their translations (`<lang>/terms/*.md`): the store holds them all.
const { root } = contentPaths();
const entries = await readdir(root, { recursive: true }).catch(() => []);
const terms = entries.filter((name) => name.endsWith('.md') && /^(?:[^/\\]+[/\\])?terms[/\\][^/\\]+$/.test(name)).length;
const args = process.argv.slice(2);
runAstro(['dev', ...(args.includes('--port') ? [] : ['--port', '4321']), ...args], {
	...process.env,
	ASTRO_DEV_BACKGROUND: '0',
	// The dev server (Vite and its module graph) needs more room than a build, however small the glossary.
	NODE_OPTIONS: astroNodeOptions(terms, { minimumMb: 768 }),
});
