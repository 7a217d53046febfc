import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// The floors of ../shared/ARCHITECTURE.md: app/ → components/ → lib/ → db/, arrows only downward.
// Each pattern matches the alias and the relative spelling ("../../db/x") of a floor above.
const above = (...floors) => `^(?:@/|(?:\\.\\./)+)(?:${floors.join('|')})(?:/|$)`;
const floor = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'data/**',
      'db/migrations/**',
      'bench/.work/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // A function longer than a screen hides its seams: split it where its parts have names (tests excepted:
  // a scenario reads best as one story).
  {
    files: ['app/**', 'components/**', 'lib/**', 'db/**', 'scripts/**', '*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  floor(
    ['components/**'],
    [
      {
        regex: above('db'),
        allowTypeImports: true,
        message:
          'components/ may import only types from db/: reach data through props from app/ pages or a lib/ service',
      },
      { regex: above('app'), message: 'components/ may not import app/: pages import components, not the reverse.' },
    ],
  ),
  floor(
    ['lib/**'],
    [{ regex: above('components', 'app'), message: 'lib/ sits below components/ and app/: move the shared code down' }],
  ),
  floor(
    ['db/**'],
    [
      {
        regex: above('lib', 'components', 'app'),
        message: 'db/ imports nothing outside db/: move what it needs into db/',
      },
    ],
  ),
];

export default config;
