import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { displayPath } from './paths.ts';

const run = promisify(execFile);

/**
 * The date (YYYY-MM-DD) of the last commit that touched each file under `folder`, keyed by
 * display path, from one walk of the history. Outside a git checkout, or when git is missing,
 * the map is empty and pages simply show no date; in a shallow clone the oldest dates fall
 * back to the clone's first commit.
 */
export async function lastCommitDates(folder: string): Promise<Map<string, string>> {
	const dates = new Map<string, string>();
	try {
		const { stdout: top } = await run('git', ['rev-parse', '--show-toplevel'], { cwd: folder });
		const { stdout } = await run('git', ['log', '--format=%x00%cs', '--name-only', '--no-renames', '--', '.'], {
			cwd: folder,
			maxBuffer: 256 * 1024 * 1024,
		});
		let date = '';
		for (const line of stdout.split('\n')) {
			if (line.startsWith('\0')) date = line.slice(1);
			else if (line && date) {
				const file = displayPath(`${top.trim()}/${line}`);
				if (!dates.has(file)) dates.set(file, date);
			}
		}
	} catch {
		// Not a checkout, or no git: dates come from `updated` alone.
	}
	return dates;
}
