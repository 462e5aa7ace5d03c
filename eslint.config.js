// House rules that a linter can hold (docs/conventions.md explains them); formatting is Prettier's.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const SQL_BUILDERS = /^(selectFrom|insertInto|updateTable|deleteFrom|mergeInto|replaceInto)$/.source;

export default tseslint.config(
  {
    ignores: ['build/**', 'node_modules/**', '.react-router/**', 'data/**', 'bench/results/**', 'test-results/**', 'playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` array and a union type, as catalog.domain.ts does.' },
      ],
    },
  },
  {
    // Plumbing knows no module, no page and no server wiring.
    files: ['src/platform/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/modules/**', '**/server/**', '**/app/**'], message: 'src/platform imports no module, page or server code.' },
          ],
        },
      ],
    },
  },
  {
    // A module reaches others only through their face (index.ts), never the server or the pages.
    files: ['src/modules/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**', '**/app/**'], message: 'A module does not import the server or the pages.' }] },
      ],
    },
  },
  {
    // All SQL lives in *.queries.ts (and the platform's migration runner).
    files: ['src/modules/**/*.ts'],
    ignores: ['**/*.queries.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `MemberExpression[property.name=/${SQL_BUILDERS}/]`, message: 'SQL belongs in a *.queries.ts file.' },
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` array and a union type.' },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'kysely', importNames: ['sql'], message: 'SQL belongs in a *.queries.ts file.' }] },
      ],
    },
  },
  {
    // The page bundle is built apart from the server: it may know the server's types, not its code.
    files: ['src/app/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/*.queries.ts', '**/*.use-cases.ts', '**/db/**'],
              message: 'Pages get use cases from the load context.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  prettier,
);
