/**
 * Preloaded into every Node process of a measured command (through NODE_OPTIONS) when GNU time
 * is not available. Each process appends a line "<user s> <system s> <peak RSS KiB>" about
 * itself to the file named by BENCH_USAGE_FILE as it exits, the same line GNU time writes; the
 * benchmark adds up the CPU times and takes the largest peak.
 */
import { appendFileSync } from 'node:fs';

const file = process.env['BENCH_USAGE_FILE'];
if (file) {
	process.on('exit', () => {
		const usage = process.resourceUsage();
		appendFileSync(file, `${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6} ${usage.maxRSS}\n`);
	});
}
