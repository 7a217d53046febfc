// The offline map of venues: Natural Earth's countries (world-atlas, 1:50m) projected with
// d3-geo on the server into two SVG paths (land and borders) clipped to the venues' region, and
// a dot per venue. No tiles, no client script; the drawing of a region is kept, since every page
// about the same place asks for the same one.
import 'server-only';
import { geoMercator, geoPath, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import fine from 'world-atlas/countries-50m.json';
import coarse from 'world-atlas/countries-110m.json';

export type Venue = { slug: string; name: string; latitude: number; longitude: number; eventCount?: number };
export type VenueDot = Venue & { x: number; y: number };
export type VenueMapDrawing = { width: number; height: number; land: string; borders: string; dots: VenueDot[] };

const WIDTH = 400;
const HEIGHT = 250;
/** The least the map shows around its venues, in degrees, so that one city sits in its region. */
const MIN_LON_SPAN = 36;
const MIN_LAT_SPAN = 22;
const MARGIN_DEGREES = 4;
/** Web Mercator's usable latitudes. */
const MAX_LAT = 80;
/** Whole pixels: on a 400-pixel map a tenth of one is invisible and costs a fifth of the bytes. */
const PATH_DIGITS = 0;
/** Points of a coastline or border closer than this to the last one drawn add bytes, not shape. */
const MIN_STEP_PX = 2;
/** Wider than this, the 1:110m atlas has all the detail the map can show. */
const COARSE_FROM_LON_SPAN = 60;
const KEPT_DRAWINGS = 200;

type Atlas = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

function shapes(atlas: Atlas) {
  return { land: feature(atlas, atlas.objects.land), borders: mesh(atlas, atlas.objects.countries, (a, b) => a !== b) };
}
const atlases = { fine: shapes(fine as unknown as Atlas), coarse: shapes(coarse as unknown as Atlas) };
const drawings = new Map<string, Omit<VenueMapDrawing, 'dots'> & { projection: ReturnType<typeof geoMercator> }>();

type Box = { west: number; east: number; south: number; north: number };

/** The venues' bounding box, widened to the least span and a margin, and kept on the globe. */
export function regionAround(venues: readonly Pick<Venue, 'latitude' | 'longitude'>[]): Box {
  const lons = venues.map((v) => v.longitude);
  const lats = venues.map((v) => v.latitude);
  const widen = (lo: number, hi: number, least: number): [number, number] => {
    const middle = (lo + hi) / 2;
    const half = Math.max((hi - lo) / 2 + MARGIN_DEGREES, least / 2);
    return [middle - half, middle + half];
  };
  const [west, east] = widen(Math.min(...lons), Math.max(...lons), MIN_LON_SPAN);
  const [south, north] = widen(Math.min(...lats), Math.max(...lats), MIN_LAT_SPAN);
  return {
    west: Math.max(west, -180),
    east: Math.min(east, 180),
    south: Math.max(south, -MAX_LAT),
    north: Math.min(north, MAX_LAT),
  };
}

/** Rounded to whole degrees, so that nearby requests share a drawing. */
function roundBox(box: Box): Box {
  return {
    west: Math.floor(box.west),
    east: Math.ceil(box.east),
    south: Math.floor(box.south),
    north: Math.ceil(box.north),
  };
}

/**
 * A stream step after projection that skips points within MIN_STEP_PX of the last one kept
 * (always keeping each line's last point, so rings stay closed): a 1:50m coastline drawn 400
 * pixels wide is mostly points on top of each other.
 */
function thinned(stream: GeoStream): GeoStream {
  let last: [number, number] | null = null;
  let skipped: [number, number] | null = null;
  return {
    point(x, y) {
      if (last && Math.hypot(x - last[0], y - last[1]) < MIN_STEP_PX) {
        skipped = [x, y];
        return;
      }
      last = [x, y];
      skipped = null;
      stream.point(x, y);
    },
    lineStart() {
      last = skipped = null;
      stream.lineStart();
    },
    lineEnd() {
      if (skipped) stream.point(...skipped);
      stream.lineEnd();
    },
    polygonStart: () => stream.polygonStart(),
    polygonEnd: () => stream.polygonEnd(),
    sphere: () => stream.sphere?.(),
  };
}

function drawRegion(box: Box) {
  const key = `${box.west},${box.east},${box.south},${box.north}`;
  const kept = drawings.get(key);
  if (kept) return kept;
  const corners: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [
      [box.west, box.south],
      [box.east, box.north],
      [box.west, box.north],
      [box.east, box.south],
    ],
  };
  const fitted = geoMercator().fitSize([WIDTH, HEIGHT], corners);
  const projection = fitted.clipExtent([
    [0, 0],
    [WIDTH, HEIGHT],
  ]);
  const path = geoPath({ stream: (output) => projection.stream(thinned(output)) }).digits(PATH_DIGITS);
  const { land, borders } = box.east - box.west > COARSE_FROM_LON_SPAN ? atlases.coarse : atlases.fine;
  const drawing = { width: WIDTH, height: HEIGHT, land: path(land) ?? '', borders: path(borders) ?? '', projection };
  if (drawings.size >= KEPT_DRAWINGS) drawings.delete(drawings.keys().next().value!);
  drawings.set(key, drawing);
  return drawing;
}

/** The map of the venues that have coordinates, or null when none has. */
export function drawVenueMap(venues: readonly Venue[]): VenueMapDrawing | null {
  if (venues.length === 0) return null;
  const { projection, ...drawing } = drawRegion(roundBox(regionAround(venues)));
  const dots = venues.flatMap((venue) => {
    const point = projection([venue.longitude, venue.latitude]);
    return point ? [{ ...venue, x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 }] : [];
  });
  return { ...drawing, dots };
}
