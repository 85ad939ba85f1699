import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Event data is never rendered as HTML.',
};

// The published packages promise React 18.3 and 19 (most embedders are still on 18): React-19-only APIs fail
// there at runtime (`render is not a function`, `use is not a function`) while type-checking fine against 19's types.
const react19Only = 'React 19 only; the packages support React 18.3 too (see test/consumers).';
const react18Compatible = {
  files: ['packages/*/src/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          {
            name: 'react',
            importNames: ['use', 'useActionState', 'useOptimistic', 'useEffectEvent', 'Activity', 'cache'],
            message: react19Only,
          },
          {
            name: 'react-dom',
            importNames: [
              'useFormStatus',
              'preload',
              'preinit',
              'preconnect',
              'prefetchDNS',
              'requestFormReset',
            ],
            message: react19Only,
          },
        ],
      },
    ],
    'no-restricted-syntax': [
      'error',
      noHtml,
      {
        // `<SomeContext value>` as its own provider: React 18 renders nothing (`render is not a function`).
        selector: 'JSXOpeningElement[name.type="JSXIdentifier"][name.name=/Context$/]',
        message: `A context as its own provider is ${react19Only} Use <SomeContext.Provider value>.`,
      },
      {
        selector:
          'MemberExpression[object.name="React"][property.name=/^(use|useActionState|useOptimistic|useEffectEvent|Activity)$/]',
        message: react19Only,
      },
    ],
  },
};

// What @auditkit/headless/core re-exports must stay importable on a server without React (Server Components).
const reactFreeCore = {
  files: [
    'packages/headless/src/{client,query,url,export}/**/*.ts',
    'packages/headless/src/core.ts',
    'packages/headless/src/export.ts',
  ],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/react-*', '**/react/**'],
            message: 'headless/core is React-free: it runs in Server Components.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      'test-results/**',
      'bench/results/**',
      '**/public/mockServiceWorker.js',
      // Host apps of the consumer suite: built by their own toolchains (Next, Vite, tsc, Jest) against the tarballs.
      'test/consumers/apps/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The components' layout effect that stays quiet on a React 18 server: its dependencies are checked too.
      'react-hooks/exhaustive-deps': ['warn', { additionalHooks: '^useLayoutEffectOnClient$' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', noHtml],
    },
  },
  react18Compatible,
  reactFreeCore,
);
