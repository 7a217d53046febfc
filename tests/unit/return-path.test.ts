import { describe, expect, test } from 'vitest';
import { sameOriginPath } from '@/lib/auth/return-path';

describe('where sign-in sends a visitor back to', () => {
  test.each([
    ['/events/new', '/events/new'],
    ['/timeline/all?party=ukraine#e1', '/timeline/all?party=ukraine#e1'],
    ['/', '/'],
  ])('keeps the path %s', (next, expected) => {
    expect(sameOriginPath(next)).toBe(expected);
  });

  test.each([
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '\t//evil.example',
    '//evil.example',
    '///evil.example',
    '/a/..//evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    'data:text/html,hi',
    'http://[::1',
  ])('sends %j, which a browser reads as another site, to the timeline instead', (next) => {
    expect(sameOriginPath(next)).toBe('/');
  });

  test('answers the path it judged, never the text it was given', () => {
    expect(sameOriginPath('http:evil.example')).toBe('/evil.example');
    expect(sameOriginPath('/a/../events')).toBe('/events');
  });

  test('anything but a string is the timeline', () => {
    expect(sameOriginPath(undefined)).toBe('/');
    expect(sameOriginPath(['/a', '/b'])).toBe('/');
  });
});
