import { describe, expect, test } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import { fixtureContent } from '../../helpers/fixtures.ts';

const validate = async (fixture: string, ...args: string[]) => runCli('validate', args, (await fixtureContent(fixture)).root);
const withoutTiming = (text: string) => text.replace(/, \d+\.\d+ s\./, ', … s.');

describe('npm run validate', () => {
	test('exits 0 on clean content, with a one-line count', async () => {
		const result = await validate('_base');
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(withoutTiming(result.stdout)).toBe('✓ no errors in 5 files, … s.\n');
	});

	test('exits 1 on invalid content, listing every problem then the count', async () => {
		const result = await validate('alias-collisions');
		expect(result.code).toBe(1);
		const lines = result.stderr.trim().split('\n');
		expect(lines.filter((line) => line.includes(': aliases['))).toHaveLength(7);
		expect(withoutTiming(lines.at(-1)!)).toBe('✗ 7 errors in 2 files, 3 warnings (6 files checked), … s.');
	});

	test('warnings do not fail, unless --strict', async () => {
		expect((await validate('warning-summary-long')).code).toBe(0);
		const strict = await validate('warning-summary-long', '--strict');
		expect(strict.code).toBe(1);
		expect(strict.stderr).toContain('summary: is 239 characters long');
		expect(strict.stderr).toContain('Warnings count as errors with --strict.');
		expect((await validate('_base', '--strict')).code).toBe(0);
	});

	test('--format github writes workflow annotations', async () => {
		const result = await validate('related-missing', '--format', 'github');
		expect(result.code).toBe(1);
		expect(result.stderr.split('\n').filter((line) => line.startsWith('::'))).toMatchSnapshot();
	});

	test('a misspelt option is refused with a suggestion, exit 2', async () => {
		const result = await validate('_base', '--stirct');
		expect(result.code).toBe(2);
		expect(result.stderr.trim()).toBe('npm run validate: --stirct: is not a known option — did you mean "--strict"? Known options: --format, --strict, --translations.');
	});
});
