import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      // Generated programs in other languages' style, compared byte for byte.
      'test/snippets/golden',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Empty-pattern destructuring in Playwright fixtures is the documented way to declare one.
      'no-empty-pattern': 'off',
    },
  },
  {
    // Product code never reaches into the test material: fixtures, oracles and corpora are Node-only
    // and hold what the tests expect. Unit tests beside their files may use it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+test/',
              message: 'test/ holds test material; product code in src/ may not import it.',
            },
          ],
        },
      ],
    },
  },
  { files: ['*.js'], extends: [tseslint.configs.disableTypeChecked] },
  {
    // CI's own Node scripts.
    files: ['.ci/**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  {
    // Plain scripts the browser runs as they are, outside the bundle.
    files: ['public/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { window: 'readonly', document: 'readonly' } },
  },
  {
    // The bench's floor page: a module the browser runs as it is.
    files: ['scripts/bench/floor/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: {
        document: 'readonly',
        crypto: 'readonly',
        btoa: 'readonly',
        TextEncoder: 'readonly',
        FormData: 'readonly',
      },
    },
  },
);
