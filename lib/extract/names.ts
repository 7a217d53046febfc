// Known people, parties, locations and topics in a source, by the names and other names Parley
// holds for them, and people by surname once a reader would know whom it means. One regular
// expression over every name (longest first) keeps this linear in the length of the text.
import type { ExtractDirectory } from '@/db/queries/extract-directory';
import { DEMONYM_ENDING, partyOfWord } from './demonyms';

export type NameKind = 'person' | 'party' | 'location' | 'topic';
export type NameMention = { kind: NameKind; text: string; index: number; slug: string | null; name: string };

type Entry = { kind: NameKind; slug: string; name: string; surname: boolean };

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A leading "the" may be capitalised at a sentence's start: "The Kremlin said".
const surface = (name: string) => escapeRegExp(name).replace(/^the /i, '[Tt]he ');
const normal = (name: string) => name.replace(/^the /i, 'the ');

function matcher(forms: Iterable<string>, flags: string): RegExp | null {
  const sorted = [...forms].sort((a, b) => b.length - a.length).map(surface);
  return sorted.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, flags) : null;
}

// A place before which a name is a place rather than the state it stands for: "in Riyadh", "Kyiv time".
const PLACE_BEFORE = /\b(?:in|at|near|from|to|outside|over|across|into|around|toward|towards|visit(?:ed|s)?)\s+$/i;
const PLACE_AFTER = /^(?:,\s*\p{Lu}[\p{L} ]*)?,?\s+time\b|^,\s*the\s+[\p{L}\s]*capital/u;

const ADJECTIVE = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{3,}(?![\p{L}\p{N}])/gu;

export type NameFinder = (text: string) => NameMention[];

export function nameFinder(directory: ExtractDirectory): NameFinder {
  const proper = new Map<string, Entry[]>();
  const add = (form: string | null | undefined, entry: Entry) => {
    if (!form || form.trim().length < 2) return;
    const key = normal(form.trim());
    proper.set(key, [...(proper.get(key) ?? []), entry]);
  };
  for (const p of directory.parties)
    for (const form of [p.name, p.shortName, ...p.aliases])
      add(form, { kind: 'party', slug: p.slug, name: p.name, surname: false });
  for (const l of directory.locations)
    for (const form of [l.name, l.city, ...l.aliases])
      add(form, { kind: 'location', slug: l.slug, name: l.name, surname: false });
  for (const p of directory.people)
    for (const form of [p.name, ...p.aliases])
      add(form, { kind: 'person', slug: p.slug, name: p.name, surname: false });
  // Surnames last, so that a full name or another record's own name wins over them.
  for (const p of directory.people) {
    const surname = p.name.split(/\s+/).at(-1);
    if (surname && surname.length >= 3 && surname !== p.name && !proper.get(surname)?.some((e) => !e.surname))
      add(surname, { kind: 'person', slug: p.slug, name: p.name, surname: true });
  }
  for (const [key, entries] of proper) proper.set(key, dedupe(entries));
  const topicsByName = new Map(directory.topics.map((t) => [t.name.toLowerCase(), t]));
  const properPattern = matcher(proper.keys(), 'gu');
  const topicPattern = matcher(topicsByName.keys(), 'giu');

  return (text) => {
    const found: NameMention[] = [];
    const seen = new Set<string>();
    for (const match of properPattern ? text.matchAll(properPattern) : []) {
      const entry = choose(proper.get(normal(match[0]))!, text, match.index, match[0].length, seen);
      if (entry.kind === 'person' && !entry.surname) seen.add(entry.slug);
      found.push({ kind: entry.kind, text: match[0], index: match.index, slug: entry.slug, name: entry.name });
    }
    const free = (index: number, length: number) =>
      !found.some((m) => m.index < index + length && index < m.index + m.text.length);
    // "the Ukrainian delegation", "Turkish Foreign Minister": a party named by its adjective.
    for (const match of text.matchAll(ADJECTIVE)) {
      const party =
        DEMONYM_ENDING.test(match[0].toLowerCase()) && free(match.index, match[0].length)
          ? partyOfWord(match[0], directory.parties)
          : null;
      if (party) found.push({ kind: 'party', text: match[0], index: match.index, slug: party.slug, name: party.name });
    }
    for (const match of topicPattern ? text.matchAll(topicPattern) : []) {
      const topic = topicsByName.get(match[0].toLowerCase())!;
      if (free(match.index, match[0].length))
        found.push({ kind: 'topic', text: match[0], index: match.index, slug: topic.slug, name: topic.name });
    }
    return found.sort((a, b) => a.index - b.index);
  };
}

function dedupe(entries: Entry[]): Entry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(`${e.kind}:${e.slug}`) && seen.add(`${e.kind}:${e.slug}`));
}

/**
 * Which record a name stands for where several share it: a place by its context, a surname by
 * whom the text named in full.
 */
function choose(entries: Entry[], text: string, index: number, length: number, named: Set<string>): Entry {
  if (entries.length === 1) return entries[0];
  const location = entries.find((e) => e.kind === 'location');
  const party = entries.find((e) => e.kind === 'party');
  if (location && party) {
    const asPlace =
      PLACE_BEFORE.test(text.slice(Math.max(0, index - 16), index)) ||
      PLACE_AFTER.test(text.slice(index + length, index + length + 60));
    return asPlace ? location : party;
  }
  return entries.find((e) => e.kind === 'person' && named.has(e.slug)) ?? entries[0];
}
