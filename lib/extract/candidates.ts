// Names Parley does not know yet, proposed as new records: compromise tags people, places and
// organisations; whatever a known name or a date already covers is left out (Parley's directory
// first), and a later mention by surname joins the full name it shortens. Tagging is the costly
// step, so only sentences with a capitalised word nothing else explains are tagged.
import nlp from 'compromise';
import { sentencesOf, type Span } from '@/lib/text-quotes';
import { escapeRegExp, type NameKind, type NameMention } from './names';

type Tagged = { text: string; offset: { start: number }; terms: { tags: string[] }[] };

// One match for every kind: each of compromise's people(), places() and organizations() walks the whole document again.
const NAMED = '(#Person+|#Place+|#Organization+)';

function kindOf(tags: readonly string[]): NameKind | null {
  if (tags.includes('Person')) return 'person';
  if (tags.includes('Place')) return 'location';
  if (tags.includes('Organization')) return 'party';
  return null;
}

const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*/gu;

// compromise keeps a name's trailing punctuation and possessive: "Dmitriev," "Fidan’s".
function clean(text: string): string {
  return text.replace(/(?:['’]s)?[\s,.;:!?'"“”’)]+$/u, '').replace(/^[\s"“‘(]+/u, '');
}

const overlaps = (spans: readonly Span[], start: number, end: number) =>
  spans.some((s) => s.start < end && start < s.end);

/** Sentences holding a capitalised word that is neither a known name, a date, nor just the sentence's first word. */
function unexplained(text: string, covered: readonly Span[]): Span[] {
  return sentencesOf(text).filter(({ start, end }) =>
    [...text.slice(start, end).matchAll(CAPITALISED)].some((run) => {
      const at = start + run.index;
      const firstWordOnly = run.index <= 1 && !/\s/.test(run[0]);
      return !firstWordOnly && !overlaps(covered, at, at + run[0].length);
    }),
  );
}

export function nameCandidates(text: string, covered: readonly Span[]): NameMention[] {
  const sentences = unexplained(text, covered);
  // The sentences to tag, one per line, and where each line's text starts in the source.
  const starts: { at: number; source: number }[] = [];
  let joined = '';
  for (const { start, end } of sentences) {
    starts.push({ at: joined.length, source: start });
    joined += `${text.slice(start, end).replaceAll('\n', ' ')}\n`;
  }
  const toSource = (at: number) => {
    const line = starts.findLast((s) => s.at <= at)!;
    return line.source + at - line.at;
  };
  const fullNames = new Map<string, string>();
  const found: NameMention[] = [];
  const tagged: Tagged[] = joined
    ? nlp(joined)
        .match(NAMED)
        .json({ offset: true, terms: { tags: true } })
    : [];
  for (const match of tagged) {
    const kind = kindOf(match.terms[0]?.tags ?? []);
    const name = clean(match.text);
    const index = toSource(match.offset.start + match.text.indexOf(name));
    if (!kind || name.length < 3 || !/^\p{Lu}/u.test(name) || overlaps(covered, index, index + name.length)) continue;
    const words = name.split(/\s+/);
    if (kind === 'person' && words.length > 1) fullNames.set(words.at(-1)!, name);
    const full = kind === 'person' && words.length === 1 ? (fullNames.get(name) ?? name) : name;
    if (!found.some((m) => m.index === index)) found.push({ kind, text: name, index, slug: null, name: full });
  }
  return [...found, ...laterSurnames(text, found, covered)].sort((a, b) => a.index - b.index);
}

/** "Dmitriev said …" after "Kirill Dmitriev": the surname alone, wherever tagging skipped it. */
function laterSurnames(text: string, found: readonly NameMention[], covered: readonly Span[]): NameMention[] {
  const more: NameMention[] = [];
  for (const person of found) {
    const words = person.name.split(/\s+/);
    if (person.kind !== 'person' || words.length < 2 || person.text !== person.name) continue;
    const surname = words.at(-1)!;
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'gu'))) {
      const taken = [...found, ...more].some((m) => m.index <= match.index && match.index < m.index + m.text.length);
      if (!taken && !overlaps(covered, match.index, match.index + surname.length))
        more.push({ kind: 'person', text: surname, index: match.index, slug: null, name: person.name });
    }
  }
  return more;
}
