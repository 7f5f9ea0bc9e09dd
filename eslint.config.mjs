// Lint is part of `npm test`: type-aware rules catch lost promises; Nx enforces the module boundaries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

const TEST_TAGS = ['type:testing'];

/** Module boundaries: a service never imports another; contracts, papi and admin-units import no framework. */
function boundaries(inTests) {
  const extra = inTests ? TEST_TAGS : [];
  const frameworks = ['@nestjs/*', 'typeorm', 'kafkajs', 'pg', 'redis', 'express'];
  return {
    enforceBuildableLibDependency: false,
    allow: [],
    banTransitiveDependencies: false,
    depConstraints: [
      {
        sourceTag: 'type:app',
        onlyDependOnLibsWithTags: ['type:platform', 'type:domain', 'type:contracts', 'type:util', ...extra],
      },
      {
        // The browser app talks to the gateway over HTTP only: no server code in its bundle.
        sourceTag: 'type:web',
        onlyDependOnLibsWithTags: ['type:contracts', 'type:util'],
      },
      {
        sourceTag: 'type:e2e',
        onlyDependOnLibsWithTags: ['type:testing', 'type:contracts', 'type:domain', 'type:util'],
      },
      {
        sourceTag: 'type:platform',
        onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:util', ...extra],
      },
      {
        sourceTag: 'type:testing',
        onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:domain', 'type:util'],
      },
      {
        sourceTag: 'type:domain',
        onlyDependOnLibsWithTags: ['type:domain', 'type:util'],
        bannedExternalImports: frameworks,
      },
      {
        sourceTag: 'type:contracts',
        onlyDependOnLibsWithTags: ['type:util'],
        bannedExternalImports: [...frameworks, 'class-validator', 'class-transformer'],
      },
      ...['gateway', 'plans', 'surveys', 'scoring', 'notifications'].map((s) => ({
        sourceTag: `scope:${s}`,
        onlyDependOnLibsWithTags: ['scope:shared', `scope:${s}`],
      })),
    ],
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'tmp/**',
      '.nx/**',
      '.kafka/**',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
      // Generated from the gateway's route table by `npx nx run web:api` (checked fresh by a unit test).
      'apps/web/src/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    plugins: { '@nx': nx },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']",
          message: 'No committed .only',
        },
      ],
      '@nx/enforce-module-boundaries': ['error', boundaries(false)],
    },
  },
  {
    // The web app (React): the rules of hooks, and the compiler-era checks of the recommended preset.
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Test code: specs, and the support modules that only specs import.
    files: [
      '**/*.spec.ts',
      '**/*.spec.tsx',
      '**/*.integration-spec.ts',
      '**/*.e2e-spec.ts',
      'apps/*/test/support/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // Tests of any project may use the shared test harness.
      '@nx/enforce-module-boundaries': ['error', boundaries(true)],
    },
  },
);
