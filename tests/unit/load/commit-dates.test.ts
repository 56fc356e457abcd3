import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { lastCommitDates } from '../../../src/load/commit-dates.ts';

const ROOT = resolve('tests/.output/git');
const REPO = join(ROOT, 'repo');

function git(cwd: string, args: string[], date?: string) {
	const env = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.test', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.test' };
	if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
	execFileSync('git', args, { cwd, env, stdio: 'ignore' });
}

beforeAll(async () => {
	await rm(ROOT, { recursive: true, force: true });
	await mkdir(join(REPO, 'terms'), { recursive: true });
	git(REPO, ['init', '-q']);
	await writeFile(join(REPO, 'terms/a.md'), 'a');
	await writeFile(join(REPO, 'terms/b.md'), 'b');
	git(REPO, ['add', '.']);
	git(REPO, ['commit', '-qm', 'first'], '2026-01-05T10:00:00Z');
	await writeFile(join(REPO, 'terms/b.md'), 'b, changed');
	git(REPO, ['commit', '-qam', 'second'], '2026-03-09T10:00:00Z');
});

describe('lastCommitDates', () => {
	test('gives each file the date of the last commit that touched it', async () => {
		const { dates, warning } = await lastCommitDates(join(REPO, 'terms'));
		expect(warning).toBeUndefined();
		expect(dates.get('tests/.output/git/repo/terms/a.md')).toBe('2026-01-05');
		expect(dates.get('tests/.output/git/repo/terms/b.md')).toBe('2026-03-09');
	});

	test('in a shallow clone uses no dates, and says why instead of guessing', async () => {
		const shallow = join(ROOT, 'shallow');
		execFileSync('git', ['clone', '-q', '--depth', '1', `file://${REPO}`, shallow], { stdio: 'ignore' });
		const { dates, warning } = await lastCommitDates(join(shallow, 'terms'));
		expect(dates.size).toBe(0);
		expect(warning).toContain('shallow git clone');
	});

	test('outside a git checkout there are no dates, and no crash', async () => {
		const plain = join('/tmp', `glossary-no-git-${process.pid}`);
		await mkdir(plain, { recursive: true });
		expect(await lastCommitDates(plain)).toEqual({ dates: new Map() });
		await rm(plain, { recursive: true });
	});
});
