import { drawVenueMap, type Venue } from '@/lib/venue-map';

/** Beyond this many venues, names would overlap: the dots keep theirs as a tooltip. */
const MAX_LABELS = 8;
/** A label that would run off the right edge goes to the left of its dot. */
const LABEL_ROOM = 80;

type Place = { slug: string; name: string; latitude: number | null; longitude: number | null };

/** A place as a venue on the map, when its coordinates are known. */
export function venueOf(place: Place | null, eventCount?: number): Venue[] {
  if (!place || place.latitude === null || place.longitude === null) return [];
  return [{ slug: place.slug, name: place.name, latitude: place.latitude, longitude: place.longitude, eventCount }];
}

/**
 * The venues on a map drawn on the server: land, borders and a dot per venue linking to its
 * page. Plain SVG, so it shows without scripts and prints; the colours follow the theme.
 */
export function VenueMap({ venues, title, className = '' }: { venues: Venue[]; title: string; className?: string }) {
  const map = drawVenueMap(venues);
  if (!map) return null;
  const id = `map-${venues
    .map((venue) => venue.slug)
    .join('-')
    .slice(0, 60)}`;
  return (
    <figure className={className}>
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        aria-labelledby={`${id}-title`}
        className="h-auto w-full rounded-md bg-sky-50 dark:bg-slate-900"
        data-map="venues"
      >
        <title id={`${id}-title`}>{title}</title>
        <path d={map.land} className="fill-slate-200 dark:fill-slate-700" />
        <path d={map.borders} fill="none" strokeWidth={0.6} className="stroke-white dark:stroke-slate-900" />
        {map.dots.map((dot) => (
          <a key={dot.slug} href={`/locations/${dot.slug}`} data-venue={dot.slug}>
            <title>
              {dot.eventCount === undefined
                ? dot.name
                : `${dot.name}: ${dot.eventCount} ${dot.eventCount === 1 ? 'event' : 'events'}`}
            </title>
            <circle
              cx={dot.x}
              cy={dot.y}
              r={5}
              className="fill-accent-700 stroke-white dark:fill-accent-300 dark:stroke-slate-900"
              strokeWidth={1.5}
            />
            {map.dots.length <= MAX_LABELS && (
              <text
                x={dot.x > map.width - LABEL_ROOM ? dot.x - 8 : dot.x + 8}
                y={dot.y + 4}
                textAnchor={dot.x > map.width - LABEL_ROOM ? 'end' : 'start'}
                className="fill-slate-900 text-[11px] font-medium dark:fill-slate-100"
              >
                {dot.name}
              </text>
            )}
          </a>
        ))}
      </svg>
      <figcaption className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        Map data: Natural Earth (public domain), via world-atlas.
      </figcaption>
    </figure>
  );
}
