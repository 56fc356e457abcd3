import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { runCollectingErrors } from '../../../src/cli/logged-errors.ts';

const silent = { stdout: new PassThrough().resume(), stderr: new PassThrough().resume() };

// What Astro prints when a markdown plugin throws while the glob loader renders an entry: it
// logs the error in red and carries on to exit 0.
const ASTRO_OUTPUT = [
	'06:12:25 [content] Syncing content',
	'\u001b[31m06:12:25 [ERROR] [glob-loader] Error rendering fine-tuning.md: plugin exploded\u001b[39m',
	'06:12:26 [build] Complete!',
].join('\n');

describe('runCollectingErrors', () => {
	test('collects [ERROR] lines from a process that exits 0, without colour codes', async () => {
		const script = `process.stdout.write(${JSON.stringify(ASTRO_OUTPUT)}); process.stderr.write('12:00:00 [ERROR] [vite] late failure')`;
		const result = await runCollectingErrors(process.execPath, ['-e', script], { echo: silent });
		expect(result.code).toBe(0);
		expect(result.errors).toEqual([
			'06:12:25 [ERROR] [glob-loader] Error rendering fine-tuning.md: plugin exploded',
			'12:00:00 [ERROR] [vite] late failure',
		]);
	});

	test('reports a clean run as clean', async () => {
		const result = await runCollectingErrors(process.execPath, ['-e', 'console.log("06:12:26 [build] Complete!")'], { echo: silent });
		expect(result).toEqual({ code: 0, errors: [] });
	});
});
