// "Cite this event": a formatted reference and a BibTeX entry for an event record, naming the
// version cited, since a record can change after it was cited.
import type { Precision } from '@/db/enums';
import { formatWhen } from './time';

export type CitableEvent = {
  slug: string;
  title: string;
  startsAt: string;
  timeZone: string;
  precision: Precision;
  place: string | null;
  version: number;
  updatedAt: string;
};

/** The day (or coarser) of the event: a citation names when, not the clock. */
function eventDay(event: CitableEvent): string {
  const precision = event.precision === 'minute' || event.precision === 'hour' ? 'day' : event.precision;
  return formatWhen(event.startsAt, event.timeZone, precision);
}

const changed = (event: CitableEvent) => formatWhen(event.updatedAt, 'UTC', 'day');

export function citationText(event: CitableEvent, url: string): string {
  const where = event.place ? `, ${event.place}` : '';
  return `Parley. “${event.title}.” Event record, ${eventDay(event)}${where}. Version ${event.version}, last changed ${changed(event)}. ${url}`;
}

/** Characters BibTeX reads as commands or groups, escaped so the title is printed as written. */
function bibEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (char) =>
    char === '\\' ? '\\textbackslash{}' : char === '^' || char === '~' ? `\\${char}{}` : `\\${char}`,
  );
}

export function citationBibtex(event: CitableEvent, url: string): string {
  const where = event.place ? `, ${event.place}` : '';
  const fields = [
    ['author', '{Parley}'],
    ['title', bibEscape(event.title)],
    ['howpublished', 'Parley event record'],
    ['year', event.updatedAt.slice(0, 4)],
    [
      'note',
      bibEscape(`Event of ${eventDay(event)}${where}; version ${event.version}, last changed ${changed(event)}`),
    ],
    ['url', url],
  ];
  return `@misc{parley:${event.slug},\n${fields.map(([key, value]) => `  ${key.padEnd(12)} = {${value}},`).join('\n')}\n}`;
}
