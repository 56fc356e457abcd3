import { describe, expect, test } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import { fixtureContent } from '../../helpers/fixtures.ts';

const validate = async (fixture: string, ...args: string[]) => runCli('validate', args, (await fixtureContent(fixture)).root);
/** Output without the timing, and with the fixture's folder as `content/`, as an editor's would read. */
const readable = (text: string) => text.replace(/, \d+\.\d+ s\./, ', … s.').replaceAll('tests/.output/fixtures/translations/', 'content/');

describe('npm run validate on a glossary with translations', () => {
	test('summarises each language: translated, outdated, missing', async () => {
		const result = await validate('translations');
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(readable(result.stdout)).toMatchSnapshot();
	});

	test('--translations lists the outdated and missing ones, with what to do', async () => {
		const result = await validate('translations', '--translations');
		expect(result.code).toBe(0);
		expect(readable(result.stdout)).toMatchSnapshot();
	});

	test('a one-language glossary prints no translation report', async () => {
		const result = await validate('_base', '--translations');
		expect(readable(result.stdout)).toBe('✓ no errors in 5 files, … s.\n');
	});
});
