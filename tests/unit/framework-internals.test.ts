// Two pieces of Parley lean on what their libraries do not promise: db/page-cache.mjs weighs
// Next.js's cache entries by their undocumented fields, and the timeline's URL adapter uses nuqs's
// `unstable_` adapter API. Until they move to documented APIs, an upgrade that changes either must
// fail here, by name, instead of quietly mis-sizing the cache or breaking the timeline's URL state.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const packageDirectory = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
const installedVersion = (name: string): string =>
  JSON.parse(readFileSync(path.join(packageDirectory(name), 'package.json'), 'utf8')).version;
const declarations = (name: string, file: string) => readFileSync(path.join(packageDirectory(name), file), 'utf8');

describe('the framework internals Parley relies on', () => {
  it('Next.js is the minor version whose cache entries db/page-cache.mjs was written against', () => {
    expect(
      installedVersion('next'),
      'check db/page-cache.mjs against the new cache entry shape, then move this pin',
    ).toMatch(/^16\.4\./);
  });

  it("Next.js's app page cache entry still has the fields the page cache weighs", () => {
    const types = declarations('next', 'dist/server/response-cache/types.d.ts');
    const appPageEntry = types.match(/interface IncrementalCachedAppPageValue \{([^}]*)\}/)?.[1];
    expect(appPageEntry, 'IncrementalCachedAppPageValue is gone: db/page-cache.mjs sizes entries by it').toBeDefined();
    for (const field of ['html: string', 'rscData: Buffer', 'segmentData: Map<string, Buffer>'])
      expect(appPageEntry).toContain(field);
  });

  it('nuqs still offers the custom adapter the timeline URL state is built on', async () => {
    expect(installedVersion('nuqs'), 'check components/timeline/url-state-adapter.tsx, then move this pin').toMatch(
      /^2\./,
    );
    const adapter = await import('nuqs/adapters/custom');
    expect(typeof adapter.unstable_createAdapterProvider).toBe('function');
    expect(typeof adapter.renderQueryString).toBe('function');
  });
});
