// Lint rules, including the layer rules: the core never imports Electron, the contract imports
// neither Node nor Electron, and the renderer sees only the contract.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noNode = {
  paths: nodeBuiltins.map((name) => ({
    name,
    message: 'Node built-ins are not allowed in this layer.',
  })),
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'release/',
      'reports/',
      'test-results/',
      'playwright-report/',
      'node_modules/',
      'build/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'electron/core must run under plain Node: keep Electron in electron/*.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noNode.paths,
            { name: 'electron', message: 'The contract is shared with the renderer.' },
          ],
          patterns: [
            {
              group: ['**/core/**', '**/host/**', '**/app/**'],
              message: 'The contract depends on nothing but zod.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noNode.paths,
            { name: 'electron', message: 'The renderer talks only to the kiosk API.' },
            { name: 'serialport', message: 'Native modules stay in the main process.' },
            { name: 'better-sqlite3', message: 'Native modules stay in the main process.' },
          ],
          patterns: [
            {
              group: [
                '**/electron/core/**',
                '**/electron/host/**',
                '**/electron/app/**',
                '**/native-mocks/**',
              ],
              message: 'The renderer may import only electron/contract.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
