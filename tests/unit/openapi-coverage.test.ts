import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { operations } from '@/lib/openapi/operations';

/** Every route handler under app/, as the OpenAPI path it serves: app/api/events/[key] → /api/events/{key}. */
function routePaths(): string[] {
  const files = fs
    .readdirSync('app', { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'route.ts');
  return files
    .map(
      (file) =>
        `/${path
          .dirname(file)
          .split(path.sep)
          .map((part) => part.replace(/^\[(.+)\]$/, '{$1}'))
          .join('/')}`,
    )
    .sort();
}

describe('the OpenAPI registry', () => {
  test('documents every route handler the app serves, and nothing it does not', () => {
    expect([...new Set(operations.map((operation) => operation.path))].sort()).toEqual(routePaths());
  });
});
