import { describe, expect, it } from 'vitest';
import { drawVenueMap, regionAround } from '@/lib/venue-map';

const RIYADH = { slug: 'riyadh', name: 'Riyadh', latitude: 24.7136, longitude: 46.6753 };
const KYIV = { slug: 'kyiv', name: 'Kyiv', latitude: 50.4501, longitude: 30.5234 };

describe('the offline venue map', () => {
  it('is nothing without a venue', () => {
    expect(drawVenueMap([])).toBeNull();
  });

  it('puts one city in its region, not on the whole globe', () => {
    const box = regionAround([RIYADH]);
    expect(box.east - box.west).toBeCloseTo(36);
    expect(box.east - box.west).toBeLessThan(40);
    expect(box.west).toBeLessThan(RIYADH.longitude);
    expect(box.north).toBeGreaterThan(RIYADH.latitude);
  });

  it('marks each venue inside the drawing, Riyadh south-east of Kyiv', () => {
    const map = drawVenueMap([RIYADH, KYIV])!;
    const [riyadh, kyiv] = map.dots;
    for (const dot of map.dots) {
      expect(dot.x).toBeGreaterThan(0);
      expect(dot.x).toBeLessThan(map.width);
      expect(dot.y).toBeGreaterThan(0);
      expect(dot.y).toBeLessThan(map.height);
    }
    expect(riyadh.x).toBeGreaterThan(kyiv.x);
    expect(riyadh.y).toBeGreaterThan(kyiv.y);
    expect(map.land).toMatch(/^M\d/);
  });

  it.each([
    ['one city', [RIYADH]],
    ['a region', [RIYADH, KYIV]],
    [
      'the world',
      [
        RIYADH,
        { slug: 'ottawa', name: 'Ottawa', latitude: 45.4, longitude: -75.7 },
        { slug: 'canberra', name: 'Canberra', latitude: -35.3, longitude: 149.1 },
      ],
    ],
  ])('stays small for %s: under 24 kB of path data', (_name, venues) => {
    const map = drawVenueMap(venues)!;
    expect(map.land.length + map.borders.length).toBeLessThan(24_000);
    expect(map.land.length).toBeGreaterThan(1_000);
  });
});
