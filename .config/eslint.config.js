// Lint configuration (`npm run lint`). It lives in .config/ to keep the top level to the
// project's essentials; the npm script points ESLint at it.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'tests/.output/', '.dist-*/'] },
	js.configs.recommended,
	...tseslint.configs.strict,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node } },
		rules: {
			'@typescript-eslint/no-non-null-assertion': 'off',
			'@typescript-eslint/consistent-type-imports': 'error',
			// `const { body, ...rest } = entry` is how a field is left out of a copy.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
		},
	},
	{
		files: ['**/*.astro'],
		languageOptions: { globals: { ...globals.browser } },
	},
);
