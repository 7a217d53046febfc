// A title the source gives a known person ("Rustem Umerov, the Ukrainian defense minister",
// "Russian President Vladimir Putin"), checked against the title Parley says the person held that
// day: a source that calls someone by a post they did not hold then is worth a second look.
import { affiliationOn } from '@/db/affiliation-at';
import type { DirectoryParty, DirectoryPerson } from '@/db/queries/extract-directory';
import { partyOfWord } from './demonyms';

export type TitleCheck = { text: string; held: string | null; matches: boolean };

const AFTER =
  /^(?:['’]s)?,\s+((?:the|a|an)\s+)?([^,;:()“”"]{3,80}?)(?=\s*[,;:()]|\s+(?:who|whom|leading|said|says|told|and|ha[sd]|was|is|wrote)\b)/u;
const BEFORE = /((?:(?:\p{Lu}[\p{L}.'’-]*|of|for|the)\s+){1,6})$/u;
// Words that make a run of capitalised words before a name a title rather than a sentence's start.
const TITLE_WORD = new RegExp(
  `\\b(?:${[
    'president|minister|secretary|envoy|advis[eo]r|chancellor|premier|spokes(?:man|woman|person)|ambassador',
    'director|mayor|general|chief|head|king|prince|senator|official|commander|administrator|leader|negotiator',
    'representative',
  ].join('|')})\\b`,
  'i',
);
const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'at',
  'for',
  'and',
  'his',
  'her',
  'their',
  'its',
  'country’s',
  "country's",
  'in',
  'on',
]);

const stem = (word: string) =>
  word
    .toLowerCase()
    .replace(/[^\p{L}.]/gu, '')
    .slice(0, 5);

export function titleNear(text: string, index: number, length: number): string | null {
  const after = AFTER.exec(text.slice(index + length, index + length + 120));
  // Without an article ("Michael Anton, policy planning director"), only a phrase that reads as a post.
  if (after && !/^(?:who|whom|whose|which)\b/i.test(after[2]) && (after[1] || TITLE_WORD.test(after[2])))
    return after[2].trim();
  const before = BEFORE.exec(text.slice(Math.max(0, index - 80), index));
  const phrase = before?.[1].trim().replace(/^the\s+/i, '');
  return phrase && TITLE_WORD.test(phrase) ? phrase : null;
}

export function checkTitle(
  title: string,
  person: DirectoryPerson,
  day: string,
  parties: readonly DirectoryParty[],
): TitleCheck {
  const words = title.split(/\s+/).filter((w) => !STOP.has(w.toLowerCase()));
  const named = words.map((w) => partyOfWord(w, parties)?.slug ?? null);
  const party = named.find((slug) => slug !== null) ?? null;
  const held = affiliationOn(person.affiliations, day, party);
  if (!held) return { text: title, held: null, matches: false };
  const heldStems = new Set(`${held.title} ${held.partyName}`.split(/[\s,]+/).map(stem));
  const rest = words.filter((_, i) => named[i] === null).map(stem);
  const found = rest.filter((s) => heldStems.has(s)).length;
  const matches = (party === null || held.partySlug === party) && (rest.length === 0 || found / rest.length >= 0.6);
  return { text: title, held: `${held.title}, ${held.partyName}`, matches };
}
