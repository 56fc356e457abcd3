import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { measure, usageMethod } from '../../bench/measure.ts';

const DIR = resolve('tests/.output/measure');

describe('the benchmark’s measurement', () => {
	// Pagefind's Node API leaves its process to exit unwaited-for, which GNU time does not count.
	test.runIf(existsSync('/proc/self/status'))('counts the memory of a process that nobody waits for', async () => {
		mkdirSync(DIR, { recursive: true });
		const grandchild = `const memory = Buffer.alloc(300 * 2 ** 20, 1); setTimeout(() => memory.length, 3000)`;
		const parent = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'ignore' }).unref(); setTimeout(() => process.exit(0), 1500)`;
		const result = await measure(process.execPath, ['-e', parent], { env: process.env, usageFile: join(DIR, 'usage'), method: usageMethod() });
		expect(result.code).toBe(0);
		expect(result.peakRssKiB).toBeGreaterThan(300 * 1024);
	});
});
