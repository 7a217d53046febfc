// Which IANA zone a place named in a source keeps: Parley's own locations first (by name, city or
// other name), then the zone database's city names ("Moscow time" is Europe/Moscow).
import type { DirectoryLocation } from '@/db/queries/extract-directory';
import { zoneCity } from '@/lib/time';

export type ZoneOf = (place: string) => string | null;

const key = (place: string) =>
  place
    .trim()
    .replace(/^the\s+/i, '')
    .toLowerCase();

let zoneCities: Map<string, string> | null = null;

function zoneDatabaseCities(): Map<string, string> {
  zoneCities ??= new Map(Intl.supportedValuesOf('timeZone').map((zone) => [key(zoneCity(zone)), zone]));
  return zoneCities;
}

export function zoneFinder(locations: readonly DirectoryLocation[]): ZoneOf {
  const known = new Map<string, string>();
  for (const location of locations) {
    for (const name of [location.name, location.city, ...location.aliases])
      if (name && !known.has(key(name))) known.set(key(name), location.timeZone);
  }
  return (place) => known.get(key(place)) ?? zoneDatabaseCities().get(key(place)) ?? null;
}

/** Minutes east of UTC that a zone's clocks stood at an instant (Kyiv on 23 March 2025: 120). */
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

export function zoneOffset(instant: Date, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  if (!format)
    offsetFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const parts = format.formatToParts(instant);
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(parts.find((p) => p.type === 'timeZoneName')?.value ?? '');
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}
