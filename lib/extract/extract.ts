// Reading a pasted source into proposals for a draft event: dates, known and new names, and the
// sentences with who they are attributed to. Pure: the directory is passed in, nothing is saved.
import type { ExtractDirectory } from '@/db/queries/extract-directory';
import { localDay } from '@/db/calendar';
import { sentencesOf } from '@/lib/text-quotes';
import { attributionOf, type SentenceAttribution } from './attribution';
import { nameCandidates } from './candidates';
import { datelineOf, type Dateline } from './dateline';
import { extractDates, type DateMention } from './dates';
import { nameFinder, type NameFinder, type NameMention } from './names';
import { checkTitle, titleNear, type TitleCheck } from './titles';
import { zoneFinder, type ZoneOf } from './zones';

export type NameProposal = { text: string; index: number; slug: string | null; name: string };
export type PersonProposal = NameProposal & { title?: TitleCheck };
export type SentenceProposal = { index: number; text: string; attribution?: SentenceAttribution };
export type Extraction = {
  dates: DateMention[];
  people: PersonProposal[];
  parties: NameProposal[];
  locations: NameProposal[];
  topics: NameProposal[];
  sentences: SentenceProposal[];
};
export type ExtractInput = { text: string; publishedAt: string; timeZone?: string | null };

/** The directory made ready once: name patterns and place zones, reused for every text. */
export type Reader = { directory: ExtractDirectory; findNames: NameFinder; zoneOf: ZoneOf };

export function reader(directory: ExtractDirectory): Reader {
  return { directory, findNames: nameFinder(directory), zoneOf: zoneFinder(directory.locations) };
}

const proposal = ({ text, index, slug, name }: NameMention): NameProposal => ({ text, index, slug, name });

export function extract({ directory, findNames, zoneOf }: Reader, input: ExtractInput): Extraction {
  const { text, publishedAt } = input;
  const dateline = datelineOf(text);
  const timeZone = (dateline && zoneOf(dateline.place)) || input.timeZone || 'UTC';
  const known = [...datelinePlace(directory, text, dateline), ...findNames(text)];
  const dates = extractDates(text, { publishedAt, timeZone, zoneOf });
  const covered = [...known, ...dates].map((m) => ({ start: m.index, end: m.index + m.text.length }));
  if (dateline) covered.push({ start: dateline.index, end: dateline.end });
  const names = [...known, ...nameCandidates(text, covered)].sort((a, b) => a.index - b.index);
  const day = localDay(publishedAt, timeZone);
  const peopleBySlug = new Map(directory.people.map((p) => [p.slug, p]));
  const people = names
    .filter((m) => m.kind === 'person')
    .map((m): PersonProposal => {
      const person = m.slug ? peopleBySlug.get(m.slug) : undefined;
      const title = person ? titleNear(text, m.index, m.text.length) : null;
      return {
        ...proposal(m),
        ...(person && title ? { title: checkTitle(title, person, day, directory.parties) } : {}),
      };
    });
  const of = (kind: NameMention['kind']) => names.filter((m) => m.kind === kind).map(proposal);
  return {
    dates,
    people,
    parties: of('party'),
    locations: of('location'),
    topics: of('topic'),
    sentences: sentenceProposals(text, names),
  };
}

/** The dateline's place as a known location, when Parley has it: "ANCHORAGE, Alaska —" is Anchorage. */
function datelinePlace(directory: ExtractDirectory, text: string, dateline: Dateline | null): NameMention[] {
  if (!dateline) return [];
  const key = dateline.place.toLowerCase();
  const place = directory.locations.find((l) =>
    [l.name, l.city, ...l.aliases].some((name) => name?.toLowerCase() === key),
  );
  return place
    ? [
        {
          kind: 'location',
          text: text.slice(dateline.index, dateline.index + dateline.place.length),
          index: dateline.index,
          slug: place.slug,
          name: place.name,
        },
      ]
    : [];
}

function sentenceProposals(text: string, names: readonly NameMention[]): SentenceProposal[] {
  let previousPerson: NameMention | null = null;
  return sentencesOf(text).map(({ start, end }) => {
    const inside = names
      .filter((m) => m.index >= start && m.index < end)
      .map((m) => ({ ...m, index: m.index - start }));
    const attribution = attributionOf(text.slice(start, end), inside, previousPerson);
    const lastPerson = inside.filter((m) => m.kind === 'person').at(-1);
    if (lastPerson) previousPerson = lastPerson;
    return { index: start, text: text.slice(start, end), ...(attribution ? { attribution } : {}) };
  });
}
