import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layering in the spirit of VS Code's code-layering rule: shared/ is pure, the renderer knows only the typed API,
// the backend never imports Electron so it runs in plain Node under Vitest.
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'http', 'crypto', 'url'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: nodeBuiltins.filter(() => patterns.includes('node:*')).map((name) => ({ name, message })),
      patterns: [{ group: patterns, message }],
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'test-results', 'playwright-report', '.cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      ['node:*', 'electron', 'better-sqlite3', 'react', 'react-dom', '@mui/*', 'docx'],
      'shared/ is pure: types and domain logic only.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['node:*', 'electron', 'better-sqlite3', 'docx', '**/electron/**'],
        'The renderer talks to the backend only through the typed API in shared/.',
      ),
    },
  },
  {
    files: ['electron/backend/**/*.ts', 'electron/server/**/*.ts', 'electron/bin/**/*.ts'],
    rules: restrict(
      ['electron', 'react', 'react-dom', '@mui/*'],
      'The backend runs in plain Node: no Electron.',
    ),
  },
  {
    // One query layer: only the database opener knows the SQLite driver; everything else speaks Kysely.
    files: ['electron/backend/**/*.ts'],
    ignores: ['electron/backend/db/open.ts', 'electron/backend/db/backup.ts'],
    rules: restrict(
      ['electron', 'react', 'react-dom', '@mui/*', 'better-sqlite3', 'better-sqlite3-multiple-ciphers', 'pg'],
      'The backend runs in plain Node on the Kysely query layer: no Electron, no database driver outside db/open.ts and db/backup.ts.',
    ),
  },
  {
    // Handlers hold domain logic only; queries live in each domain's queries file (issue 9).
    files: ['electron/backend/**/*andlers.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'MemberExpression[property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|transaction|prepare|exec)$/]',
          message:
            "Handlers don't touch the database: call the domain's queries, inside mutation() for writes.",
        },
      ],
    },
  },
);
