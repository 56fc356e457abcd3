import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

// The GitHub files editors rely on: the pull-request check, the deployment and the issue forms.
const WORKFLOWS = '.github/workflows';
const ISSUE_TEMPLATES = '.github/ISSUE_TEMPLATE';

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
}

interface Workflow {
	jobs: Record<string, { steps: Step[] }>;
}

const yamlFiles = [WORKFLOWS, ISSUE_TEMPLATES].flatMap((folder) =>
	readdirSync(folder)
		.filter((name) => /\.ya?ml$/.test(name))
		.map((name) => join(folder, name)),
);

function readYaml(file: string): unknown {
	return parse(readFileSync(file, 'utf8'));
}

/** Every step of every job, in the order the workflow file lists them. */
function steps(file: string): Step[] {
	const workflow = readYaml(join(WORKFLOWS, file)) as Workflow;
	return Object.values(workflow.jobs).flatMap((job) => job.steps);
}

/** The npm commands a workflow runs, one per line of its `run:` steps. */
function npmCommands(file: string): string[] {
	return steps(file)
		.flatMap((step) => (step.run ?? '').split('\n'))
		.map((line) => line.trim())
		.filter((line) => line.startsWith('npm '));
}

describe('the .github YAML files', () => {
	test('there are workflows and issue forms to check', () => {
		expect(yamlFiles).toEqual(
			expect.arrayContaining([
				`${WORKFLOWS}/pull-request.yml`,
				`${WORKFLOWS}/deploy.yml`,
				`${ISSUE_TEMPLATES}/config.yml`,
				`${ISSUE_TEMPLATES}/suggest-a-term.yml`,
				`${ISSUE_TEMPLATES}/report-a-mistake.yml`,
			]),
		);
	});

	test.each(yamlFiles)('%s is valid YAML', (file) => {
		expect(readYaml(file)).toBeTypeOf('object');
	});
});

describe('the pull-request workflow', () => {
	test('runs the same npm commands as .ci/run, in the same order', () => {
		const ciCommands = readFileSync('.ci/run', 'utf8')
			.split('\n')
			.map((line) => line.trim())
			.filter((line) => line.startsWith('npm '));
		expect(ciCommands.length).toBeGreaterThan(0);

		// The content check also writes GitHub annotations there, onto the pull request's diff.
		const workflowCommands = npmCommands('pull-request.yml').map((command) =>
			command === 'npm run validate -- --format github' ? 'npm run validate' : command,
		);
		expect(workflowCommands).toEqual(ciCommands);
	});

	test('reports content problems as GitHub annotations', () => {
		expect(npmCommands('pull-request.yml')).toContain('npm run validate -- --format github');
	});
});

describe('the deploy workflow', () => {
	test('builds the site and uploads dist/ to GitHub Pages', () => {
		expect(npmCommands('deploy.yml')).toContain('npm run build');
		const upload = steps('deploy.yml').find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
		expect(upload?.with?.['path']).toMatch(/^\.?\/?dist\/?$/);
	});
});

describe('the "Suggest a term" form', () => {
	test('offers exactly the categories in content/categories.yml', () => {
		const categories = readYaml('content/categories.yml') as Record<string, { name: string }>;
		const form = readYaml(join(ISSUE_TEMPLATES, 'suggest-a-term.yml')) as {
			body: { id?: string; attributes: { options?: string[] } }[];
		};
		const options = form.body.find((field) => field.id === 'category')?.attributes.options ?? [];
		expect(options.filter((option) => option !== 'Not sure')).toEqual(
			Object.values(categories).map((category) => category.name),
		);
	});
});
