// An Atom feed (RFC 4287) of newly added or changed events. Each entry's id is the event's slug,
// so a feed reader shows an edit as the same entry updated rather than as a new one.
import { Feed } from 'feed';
import type { EventDTO } from '@/db/queries/event-dto';
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS, PARTY_ROLE_LABELS } from '@/lib/labels';
import { formatEventWhen } from '@/lib/time';

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';
export const FEED_LENGTH = 50;

export function eventEntryId(slug: string): string {
  return `tag:parley,2025:event/${slug}`;
}

function entryText(event: EventDTO): string {
  const lines = [
    `${EVENT_KIND_LABELS[event.kind]} · ${EVENT_STATUS_LABELS[event.status]} · ${formatEventWhen(event)}${event.location ? ` · ${event.location.name}` : ''}`,
    event.summary,
  ];
  if (event.parties.length) lines.push(`Parties: ${event.parties.map((p) => `${p.name} (${PARTY_ROLE_LABELS[p.role].toLowerCase()})`).join('; ')}`);
  return lines.filter(Boolean).join('\n\n');
}

export function eventAtom({ events, title, selfUrl, origin, updated }: { events: EventDTO[]; title: string; selfUrl: string; origin: string; updated: string | null }): string {
  const feed = new Feed({
    id: selfUrl,
    title,
    link: `${origin}/`,
    updated: new Date(updated ?? 0),
    generator: 'Parley',
    language: 'en',
    feedLinks: { atom: selfUrl },
  });
  for (const event of events) {
    feed.addItem({
      id: eventEntryId(event.slug),
      title: event.title,
      link: `${origin}/events/${event.slug}`,
      date: new Date(event.updatedAt),
      published: new Date(event.createdAt),
      description: entryText(event),
      category: [{ name: EVENT_KIND_LABELS[event.kind], term: event.kind }, ...event.topics.map((t) => ({ name: t.name, term: t.slug }))],
    });
  }
  return feed.atom1();
}
