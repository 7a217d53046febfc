import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { ExportLinks, exportQuery } from '@/components/exports/export-links';

describe('export links', () => {
  test.each([
    ['party=russia&limit=20&cursor=abc', '?party=russia'],
    ['?topic=ceasefire&party=russia', '?topic=ceasefire&party=russia'],
    ['limit=10', ''],
    ['', ''],
  ])('the filters of "%s" become "%s"', (query, expected) => {
    expect(exportQuery(query)).toBe(expected);
  });

  test('every link carries the current filters', () => {
    const html = renderToStaticMarkup(createElement(ExportLinks, { query: 'party=russia&cursor=x' }));
    for (const href of [
      '/api/exports/events.csv',
      '/api/exports/events.json',
      '/api/exports/events.ics',
      '/feeds/events.ics',
      '/feeds/events.atom',
    ]) {
      expect(html).toContain(`href="${href}?party=russia"`);
    }
    expect(html).toContain('Download these events');
  });
});
