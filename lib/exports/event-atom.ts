// An Atom feed (RFC 4287) of newly added or changed events. Each entry's id is the event's slug,
// so a feed reader shows an edit as the same entry updated rather than as a new one. Written
// here rather than by a feed library so that every stored value, in text and in attributes, is
// escaped, and characters XML cannot carry never reach a reader's parser.
import type { StatusAnnouncement } from '@/db/queries/commitments';
import type { EventDTO } from '@/db/queries/event-dto';
import { COMMITMENT_STATUS_LABELS, EVENT_KIND_LABELS, EVENT_STATUS_LABELS, PARTY_ROLE_LABELS } from '@/lib/labels';
import { formatEventWhen, formatWhen } from '@/lib/time';

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';
export const FEED_LENGTH = 50;

export function eventEntryId(slug: string): string {
  return `tag:parley,2025:event/${slug}`;
}

/** What XML 1.0 allows in a document at all: not most controls, lone surrogates, U+FFFE or U+FFFF. */
const NOT_XML = /[^\t\n\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const MARKUP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe in XML (and HTML) content and in quoted attributes. */
export function escapeMarkup(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (c) => MARKUP[c]);
}

/** The entry's text as HTML, so readers keep its paragraphs and line breaks (Atom text may be reflowed). */
function entryHtml(event: EventDTO): string {
  const paragraphs = [
    `${EVENT_KIND_LABELS[event.kind]} · ${EVENT_STATUS_LABELS[event.status]} · ${formatEventWhen(event)}${event.location ? ` · ${event.location.name}` : ''}`,
    ...event.summary.split(/\n{2,}/),
  ];
  if (event.parties.length)
    paragraphs.push(
      `Parties: ${event.parties.map((p) => `${p.name} (${PARTY_ROLE_LABELS[p.role].toLowerCase()})`).join('; ')}`,
    );
  return paragraphs
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeMarkup).join('<br>')}</p>`)
    .join('');
}

export const atomElement = (name: string, text: string, attributes = '') =>
  `<${name}${attributes}>${escapeMarkup(text)}</${name}>`;
export const atomLink = (href: string, rel?: string) =>
  `<link${rel ? ` rel="${rel}"` : ''} href="${escapeMarkup(href)}"/>`;
const category = (term: string, label: string) =>
  `<category term="${escapeMarkup(term)}" label="${escapeMarkup(label)}"/>`;

function entry(event: EventDTO, origin: string): string {
  return [
    '<entry>',
    atomElement('id', eventEntryId(event.slug)),
    atomElement('title', event.title, ' type="text"'),
    atomLink(`${origin}/events/${event.slug}`),
    atomElement('updated', new Date(event.updatedAt).toISOString()),
    atomElement('published', new Date(event.createdAt).toISOString()),
    atomElement('summary', entryHtml(event), ' type="html"'),
    category(event.kind, EVENT_KIND_LABELS[event.kind]),
    ...event.topics.map((t) => category(t.slug, t.name)),
    '</entry>',
  ].join('\n');
}

/** A commitment's status change, announced once: its id is the change's, so an edit elsewhere does not repeat it. */
function statusEntry(
  { commitment, change, recordedAt, parties }: StatusAnnouncement,
  origin: string,
): { updated: string; xml: string } {
  const status = COMMITMENT_STATUS_LABELS[change.status];
  const who = change.claimedBy ? `according to ${change.claimedBy.name}` : 'reported';
  const lines = [
    `${status} (${who}) on ${formatWhen(change.at, commitment.timeZone, 'day')} · ${parties.map((party) => party.name).join(', ')}`,
  ];
  if (change.excerpt) lines.push(`“${change.excerpt}”`);
  if (change.source) lines.push(`${change.source.title}, ${change.source.publisher}`);
  const updated = new Date(recordedAt).toISOString();
  const xml = [
    '<entry>',
    atomElement('id', `tag:parley,2025:commitment/${commitment.slug}/status/${change.id}`),
    atomElement('title', `${status}: ${commitment.text}`, ' type="text"'),
    atomLink(`${origin}/commitments/${commitment.slug}`),
    atomElement('updated', updated),
    atomElement('published', updated),
    atomElement('summary', lines.map((line) => `<p>${escapeMarkup(line)}</p>`).join(''), ' type="html"'),
    category('commitment-status', 'Commitment status'),
    '</entry>',
  ].join('\n');
  return { updated, xml };
}

export function eventAtom({
  events,
  statusChanges = [],
  title,
  selfUrl,
  origin,
  updated,
}: {
  events: EventDTO[];
  statusChanges?: StatusAnnouncement[];
  title: string;
  selfUrl: string;
  origin: string;
  updated: string | null;
}): string {
  // Newest first across both kinds of entry, as many as the feed holds.
  const entries = [
    ...events.map((event) => ({ updated: new Date(event.updatedAt).toISOString(), xml: entry(event, origin) })),
    ...statusChanges.map((announcement) => statusEntry(announcement, origin)),
  ]
    .sort((a, b) => b.updated.localeCompare(a.updated))
    .slice(0, FEED_LENGTH);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    atomElement('id', selfUrl),
    atomElement('title', title, ' type="text"'),
    atomElement('updated', new Date(updated ?? 0).toISOString()),
    '<author><name>Parley</name></author>',
    atomElement('generator', 'Parley'),
    atomLink(`${origin}/`, 'alternate'),
    atomLink(selfUrl, 'self'),
    ...entries.map((item) => item.xml),
    '</feed>',
    '',
  ].join('\n');
}
