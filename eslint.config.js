// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  {
    ignores: ['dist/', '.astro/', '.test-build/', 'node_modules/', 'test-results/', 'bench/', 'tests/fixtures/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  // Astro components (frontmatter, template and <script> tags).
  astro.configs.recommended,
  // Type-aware rules for modules; .astro files get the rules above (the type-aware ones need a TypeScript
  // program, which Astro components are not part of).
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    ignores: ['**/*.astro/*'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // U+0001 is the deliberate placeholder that marks where a citation's access date goes.
    files: ['src/lib/cite/formats.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // Astro's loader context hands over parseData to be destructured, as Astro's own loaders do.
    files: ['src/lib/data/loader.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // TypeScript cannot read an imported .astro component (only astro check can): its type is unresolved here.
    files: ['src/components/**/*.test.ts'],
    rules: { '@typescript-eslint/no-unsafe-argument': 'off' },
  },
);
