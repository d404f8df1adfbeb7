import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const TEST_MATERIAL = {
  regex: '^(\\.\\./)+test/',
  message: 'test/ holds test material; product code in src/ may not import it.',
};

/**
 * no-restricted-imports for the product code in `files` (their unit tests aside): never the test
 * material, nor the rooms of src/ in `rooms` (which sit above it), nor the packages in `packages`.
 */
function productCode(files, rooms = [], ignores = [], packages = []) {
  return {
    files,
    ignores: ['src/**/*.test.{ts,tsx}', ...ignores],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            TEST_MATERIAL,
            ...rooms.map((room) => ({
              regex: `^(\\.\\./)+${room}/`,
              message: `src/${room}/ is not below this room: imports run downward only (README).`,
            })),
            ...packages.map((name) => ({
              group: [name],
              message: 'token/ is the domain: plain TypeScript, no UI.',
            })),
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      // Builds of other checkouts' e2e runs (E2E_DIST), side by side.
      'dist-*',
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
  // Product code never reaches into the test material: fixtures, oracles and corpora are Node-only
  // and hold what the tests expect. Unit tests beside their files may use it.
  productCode(['src/**/*.{ts,tsx}']),
  // The rooms of the house (README, "How it is built"): imports run downward only, app →
  // features → components → i18n → token, with lib/ (mechanisms) under all but token.
  productCode(['src/features/**'], ['app']),
  productCode(['src/components/**'], ['app', 'features']),
  productCode(['src/i18n/**'], ['app', 'features', 'components']),
  productCode(['src/lib/**'], ['app', 'features', 'components', 'i18n', 'token']),
  productCode(
    ['src/token/**'],
    ['app', 'features', 'components', 'i18n', 'lib'],
    [],
    ['react*', '@mantine/*'],
  ),
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
