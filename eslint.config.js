// @ts-check
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import security from 'eslint-plugin-security';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ---- import boundaries --------------------------------------------------------------------------
const NODE_BUILTINS = [
  'fs',
  'path',
  'crypto',
  'http',
  'https',
  'net',
  'os',
  'child_process',
  'url',
  'util',
  'events',
  'stream',
  'zlib',
  'buffer',
  'worker_threads',
];
const builtin = (name) => ({ name, message: 'No Node built-ins here: this code also runs in the page.' });
const NO_NODE = { regex: '^node:', message: 'No Node built-ins here: this code also runs in the page.' };
const NO_ELECTRON = {
  regex: '^electron(/|$)',
  message: 'Only main/electron/ and the Electron entry touch Electron.',
};
const NO_UI = { regex: '^(react|react-dom|zustand)(/|$)', message: 'common/ holds no UI code.' };
const NO_MAIN = { regex: '(^|/)main(/|$)', message: 'Import shared code from common/, never from main/.' };
const NO_PRELOAD = {
  regex: '(^|/)preload(/|$)',
  message: 'The contract is in common/contract; preload/ is the page side of the bridge.',
};
const NO_PRELOAD_BUT_TYPES = {
  regex: '(^|/)preload/(?!bridge$|page-api$)',
  message:
    'The page sees only the bridge types (preload/bridge, preload/page-api); the contract is in common/contract.',
};
const NO_RENDERER = { regex: '(^|/)renderer(/|$)', message: 'Nothing outside the page imports the page.' };

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-artifacts/**',
      '.stryker-tmp*/**',
      '.stryker-scratch/**',
      'tools/**/node_modules/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  security.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // Security-minded rules for an app that holds a signing key.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='nodeIntegration'][value.value=true]",
          message: 'Node integration stays off.',
        },
        {
          selector: "Property[key.name='contextIsolation'][value.value=false]",
          message: 'Context isolation stays on.',
        },
        {
          selector: "Property[key.name='sandbox'][value.value=false]",
          message: 'The renderer stays sandboxed.',
        },
        {
          selector: "Property[key.name='webSecurity'][value.value=false]",
          message: 'Web security stays on.',
        },
        {
          selector: "Property[key.name='allowRunningInsecureContent'][value.value=true]",
          message: 'No insecure content.',
        },
        { selector: "Property[key.name='webviewTag'][value.value=true]", message: 'No webview tag.' },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'No HTML injection.',
        },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No HTML injection.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'No HTML injection.' },
      ],
      // Object-injection reports every obj[key]; our keys come from zod-validated enums and literal tables.
      'security/detect-object-injection': 'off',
      // Paths are joined from validated ids under the app's data folder; reviewed at each call site.
      'security/detect-non-literal-fs-filename': 'off',
    },
  },
  // Rooms a newcomer can walk through: no source file past 350 lines, no function past 120 (in main/ and common/).
  {
    files: ['main/**/*.ts', 'common/**/*.ts', 'preload/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: { 'max-lines': ['error', { max: 350, skipBlankLines: false, skipComments: false }] },
  },
  {
    files: ['main/**/*.ts', 'common/**/*.ts'],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: 120, skipBlankLines: false, skipComments: false, IIFEs: true },
      ],
    },
  },
  // Which way imports may go (see ../shared/design/ARCHITECTURE.md): common/ is pure and stands alone;
  // the page sees only common/ and the bridge's types; only the Electron adapters touch Electron.
  {
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.map(builtin),
          patterns: [NO_NODE, NO_ELECTRON, NO_UI, NO_MAIN, NO_PRELOAD, NO_RENDERER],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.map(builtin),
          patterns: [NO_NODE, NO_ELECTRON, NO_MAIN, NO_PRELOAD_BUT_TYPES],
        },
      ],
    },
  },
  {
    files: ['preload/**/*.ts'],
    ignores: ['preload/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_ELECTRON, NO_MAIN, NO_RENDERER] }] },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**', 'main/entry/electron.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_ELECTRON, NO_PRELOAD, NO_RENDERER] }] },
  },
  {
    files: ['main/electron/**/*.ts', 'main/entry/electron.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_PRELOAD, NO_RENDERER] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { react, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    settings: { react: { version: '19' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'react/no-danger': 'error',
      'react/jsx-no-script-url': 'error',
      'react/jsx-no-target-blank': 'error',
      'react/iframe-missing-sandbox': 'error',
    },
  },
  {
    // The screens' words come from the message catalogue (issue #32): no text written in JSX.
    files: ['renderer/src/**/*.tsx'],
    plugins: { react },
    rules: { 'react/jsx-no-literals': ['error', { noStrings: true, ignoreProps: true }] },
  },
  {
    files: ['preload/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // electron-builder hooks are CommonJS.
    files: ['build/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    // Tests match short, bounded strings they produced themselves.
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'security/detect-unsafe-regex': 'off',
      'security/detect-non-literal-regexp': 'off',
    },
  },
);
