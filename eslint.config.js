import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import { layerRules } from './eslint.layers.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'src/lib/server/db/generated/',
			'data/',
			'test-results/',
			'playwright-report/',
			'bench/data/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				// No type-aware rule is on (the recommended sets are the syntactic ones), so the TypeScript in Svelte files
				// is parsed without a type-checked program: building one cost three times the rest of the lint.
				// `npm run check` (svelte-check) is where the types are checked.
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			],
			'svelte/no-navigation-without-resolve': 'off',
			// Flags every URLSearchParams, also the ones built and thrown away inside a function.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	...layerRules
);
