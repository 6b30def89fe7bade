// ESLint flat config for the whole monorepo: JavaScript and TypeScript recommended rules everywhere,
// Vue's recommended rules for the explorer, and Prettier's config last so no rule fights the formatter.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/', '**/dist/', 'data/', 'bench/results/', '.scratch/', 'tmp/', 'client/src/graphql/graphql-env.d.ts'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    // Node everywhere except the explorer's browser code.
    files: ['**/*.{ts,js,mjs}'],
    ignores: ['client/src/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['client/src/**/*.{ts,vue}'],
    languageOptions: { globals: globals.browser },
  },
  {
    rules: {
      // Props are declared with TypeScript types: an optional prop is `T | undefined` and the code relies on
      // `undefined` meaning "not passed" (see QueryState.vue), so a default for every optional prop is wrong here.
      'vue/require-default-prop': 'off',
      // `_`-prefixed names are deliberately unused (destructuring to drop a field, fixed callback signatures).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  prettier,
);
