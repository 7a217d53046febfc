// An Atom feed of what changed: each added or changed event, claim and commitment as an entry (the same id
// an events feed gives it, so a reader updates the entry it has), each removal as an RFC 6721
// tombstone, `at:deleted-entry`, so a reader can drop what it showed.
import type { ChangeDTO } from '@/db/queries/changes';
import { describeValue } from '@/lib/merge';
import { atomElement, atomLink, escapeMarkup, eventEntryId } from './event-atom';

const TOMBSTONES = 'http://purl.org/atompub/tombstones/1.0';

export function changeEntryId(change: Pick<ChangeDTO, 'type' | 'slug'>): string {
  return change.type === 'event' ? eventEntryId(change.slug) : `tag:parley,2025:${change.type}/${change.slug}`;
}

function pageOf(change: ChangeDTO, origin: string): string {
  if (change.type === 'claim') return `${origin}/changes`;
  return `${origin}/${change.type === 'event' ? 'events' : 'commitments'}/${change.slug}`;
}

function summaryHtml(change: ChangeDTO): string {
  const who = change.revisions.map((r) => `${r.action} by ${r.actorName} at ${r.at}`).join('; ');
  const fields = change.fields.map(
    (f) =>
      `<li>${[f.field, `${describeValue(f.before)} → ${describeValue(f.after)}`].map(escapeMarkup).join(': ')}</li>`,
  );
  const list = fields.length ? `<ul>${fields.join('')}</ul>` : '';
  return `<p>${change.change === 'added' ? 'Added' : 'Changed'}: ${escapeMarkup(who)}</p>${list}`;
}

function entry(change: ChangeDTO, origin: string): string {
  if (change.change === 'removed') {
    const last = change.revisions.at(-1)!;
    return [
      `<at:deleted-entry ref="${escapeMarkup(changeEntryId(change))}" when="${escapeMarkup(change.at)}">`,
      `<at:by><name>${escapeMarkup(last.actorName)}</name></at:by>`,
      atomElement('at:comment', `Removed: ${change.title}`),
      atomLink(pageOf(change, origin)),
      '</at:deleted-entry>',
    ].join('\n');
  }
  return [
    '<entry>',
    atomElement('id', changeEntryId(change)),
    atomElement(
      'title',
      `${change.change === 'added' ? 'Added' : 'Changed'} ${change.type}: ${change.title}`,
      ' type="text"',
    ),
    atomLink(pageOf(change, origin)),
    atomElement('updated', change.at),
    atomElement('summary', summaryHtml(change), ' type="html"'),
    '</entry>',
  ].join('\n');
}

export function changesAtom({
  changes,
  selfUrl,
  origin,
  updated,
}: {
  changes: ChangeDTO[];
  selfUrl: string;
  origin: string;
  updated: string;
}): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:at="${TOMBSTONES}" xml:lang="en">`,
    atomElement('id', selfUrl),
    atomElement('title', 'Parley: what changed', ' type="text"'),
    atomElement('updated', updated),
    '<author><name>Parley</name></author>',
    atomElement('generator', 'Parley'),
    atomLink(`${origin}/changes`, 'alternate'),
    atomLink(selfUrl, 'self'),
    ...changes.map((change) => entry(change, origin)),
    '</feed>',
    '',
  ].join('\n');
}
