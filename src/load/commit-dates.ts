import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { displayPath } from './paths.ts';

const run = promisify(execFile);

export interface CommitDates {
	/** Date (YYYY-MM-DD) of the last commit that touched each file, keyed by display path. */
	dates: Map<string, string>;
	/** Why there are no dates, when that is worth telling (a shallow clone). */
	warning?: string;
}

/**
 * The last-commit date of each file under `folder`, from one walk of the history. Outside a git
 * checkout, or without git, there are simply none: pages show the `updated` field or no date.
 * In a shallow clone the history is cut short and every file would seem changed on the day of
 * the clone, so no dates are used and the build says why: the output stays reproducible.
 */
export async function lastCommitDates(folder: string): Promise<CommitDates> {
	const dates = new Map<string, string>();
	const git = (args: string[]) => run('git', args, { cwd: folder, maxBuffer: 256 * 1024 * 1024 }).then(({ stdout }) => stdout.trim());
	let top: string;
	try {
		top = await git(['rev-parse', '--show-toplevel']);
		if ((await git(['rev-parse', '--is-shallow-repository'])) === 'true') {
			return {
				dates,
				warning:
					'This is a shallow git clone, so "last updated" dates come from `updated` fields only. Fetch the full history (git fetch --unshallow, or fetch-depth: 0 in CI) for dates from git.',
			};
		}
	} catch {
		return { dates }; // not a checkout, or no git
	}
	const log = await git(['log', '--format=%x00%cs', '--name-only', '--no-renames', '--', '.']).catch(() => '');
	let date = '';
	for (const line of log.split('\n')) {
		if (line.startsWith('\0')) date = line.slice(1);
		else if (line && date) {
			const file = displayPath(`${top}/${line}`);
			if (!dates.has(file)) dates.set(file, date);
		}
	}
	return { dates };
}
