// A deterministic, realistic archive of generated talks for benchmarks and performance work:
// the same seed always yields the same parties, people, topics, places, sources and events.
import type { ClaimKind, EventKind, EventStatus, PartyRole, PersonRole, PointAlignment, Precision } from '../enums';
import type { ClaimInput, PointInput } from '../queries/claim-writes';
import type { CitationInput } from '../queries/citation-writes';
import type { EventInput } from '../queries/event-writes';
import type { LocationInput, PartyInput, PersonInput, SourceInput, TopicInput } from '../queries/record-writes';

/** mulberry32: small, fast and good enough for test data; never for anything secret. */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const weighted = <T>(choices: readonly (readonly [T, number])[]): T => {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let roll = next() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return choices[choices.length - 1][0];
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    return out;
  };
  return { next, int, pick, weighted, sample };
}

const STATES: [string, string][] = [
  ['United States', 'US'],
  ['Ukraine', 'UA'],
  ['Russia', 'RU'],
  ['Saudi Arabia', 'SA'],
  ['Turkey', 'TR'],
  ['Qatar', 'QA'],
  ['France', 'FR'],
  ['Germany', 'DE'],
  ['United Kingdom', 'GB'],
  ['China', 'CN'],
  ['India', 'IN'],
  ['Brazil', 'BR'],
  ['South Africa', 'ZA'],
  ['Egypt', 'EG'],
  ['Israel', 'IL'],
  ['Iran', 'IR'],
  ['Armenia', 'AM'],
  ['Azerbaijan', 'AZ'],
  ['Sudan', 'SD'],
  ['Ethiopia', 'ET'],
  ['Colombia', 'CO'],
  ['Venezuela', 'VE'],
  ['Norway', 'NO'],
  ['Switzerland', 'CH'],
  ['Oman', 'OM'],
  ['United Arab Emirates', 'AE'],
  ['Poland', 'PL'],
  ['Japan', 'JP'],
  ['South Korea', 'KR'],
  ['Kenya', 'KE'],
];
const ORGANISATIONS = [
  'United Nations',
  'NATO',
  'European Union',
  'African Union',
  'OSCE',
  'Arab League',
  'ICRC',
  'IAEA',
];

const TOPICS = [
  'Ceasefire',
  'Prisoner exchange',
  'Energy infrastructure',
  'Black Sea shipping',
  'Territorial control',
  'NATO membership',
  'Humanitarian corridors',
  'Sanctions relief',
  'Nuclear safety',
  'Grain exports',
  'Refugee returns',
  'Border demarcation',
  'Security guarantees',
  'Reconstruction funding',
  'Missing persons',
  'Demining',
  'Water rights',
  'Arms control',
  'Elections',
  'Constitutional reform',
  'Power sharing',
  'Monitoring mission',
  'Troop withdrawal',
  'Hostage release',
];

const CITIES: [string, string, string, string, number, number][] = [
  ['Riyadh', 'Saudi Arabia', 'SA', 'Asia/Riyadh', 24.71, 46.68],
  ['Geneva', 'Switzerland', 'CH', 'Europe/Zurich', 46.2, 6.14],
  ['Istanbul', 'Turkey', 'TR', 'Europe/Istanbul', 41.01, 28.98],
  ['Doha', 'Qatar', 'QA', 'Asia/Qatar', 25.29, 51.53],
  ['Kyiv', 'Ukraine', 'UA', 'Europe/Kyiv', 50.45, 30.52],
  ['Moscow', 'Russia', 'RU', 'Europe/Moscow', 55.76, 37.62],
  ['Washington', 'United States', 'US', 'America/New_York', 38.9, -77.04],
  ['New York', 'United States', 'US', 'America/New_York', 40.71, -74.01],
  ['Vienna', 'Austria', 'AT', 'Europe/Vienna', 48.21, 16.37],
  ['Oslo', 'Norway', 'NO', 'Europe/Oslo', 59.91, 10.75],
  ['Cairo', 'Egypt', 'EG', 'Africa/Cairo', 30.04, 31.24],
  ['Addis Ababa', 'Ethiopia', 'ET', 'Africa/Addis_Ababa', 9.03, 38.74],
  ['Jeddah', 'Saudi Arabia', 'SA', 'Asia/Riyadh', 21.49, 39.19],
  ['Muscat', 'Oman', 'OM', 'Asia/Muscat', 23.59, 58.41],
  ['Abu Dhabi', 'United Arab Emirates', 'AE', 'Asia/Dubai', 24.45, 54.38],
  ['Havana', 'Cuba', 'CU', 'America/Havana', 23.11, -82.37],
  ['Bogotá', 'Colombia', 'CO', 'America/Bogota', 4.71, -74.07],
  ['Nairobi', 'Kenya', 'KE', 'Africa/Nairobi', -1.29, 36.82],
  ['Brussels', 'Belgium', 'BE', 'Europe/Brussels', 50.85, 4.35],
  ['Minsk', 'Belarus', 'BY', 'Europe/Minsk', 53.9, 27.56],
  ['Baku', 'Azerbaijan', 'AZ', 'Asia/Baku', 40.41, 49.87],
  ['Yerevan', 'Armenia', 'AM', 'Asia/Yerevan', 40.18, 44.51],
  ['Beijing', 'China', 'CN', 'Asia/Shanghai', 39.9, 116.4],
  ['New Delhi', 'India', 'IN', 'Asia/Kolkata', 28.61, 77.21],
  ['Tokyo', 'Japan', 'JP', 'Asia/Tokyo', 35.68, 139.69],
  ['Brasília', 'Brazil', 'BR', 'America/Sao_Paulo', -15.79, -47.88],
  ['Pretoria', 'South Africa', 'ZA', 'Africa/Johannesburg', -25.75, 28.19],
  ['Warsaw', 'Poland', 'PL', 'Europe/Warsaw', 52.23, 21.01],
  ['London', 'United Kingdom', 'GB', 'Europe/London', 51.51, -0.13],
  ['Paris', 'France', 'FR', 'Europe/Paris', 48.86, 2.35],
];

const FIRST = [
  'Olena',
  'Andriy',
  'Sergei',
  'Maria',
  'John',
  'Aisha',
  'Mehmet',
  'Fatima',
  'Lars',
  'Ingrid',
  'Chen',
  'Priya',
  'Carlos',
  'Ana',
  'Yusuf',
  'Noor',
  'Pierre',
  'Claire',
  'Hans',
  'Greta',
  'Kenji',
  'Min-jun',
  'Thabo',
  'Amara',
  'Dmitri',
  'Irina',
  'Omar',
  'Layla',
  'James',
  'Sofia',
  'Tomasz',
  'Zofia',
  'Rafael',
  'Lucía',
  'Ahmed',
  'Mariam',
];
const LAST = [
  'Kovalenko',
  'Petrov',
  'Smith',
  'Haddad',
  'Yılmaz',
  'Al-Thani',
  'Johansen',
  'Wang',
  'Sharma',
  'García',
  'Mendes',
  'Dubois',
  'Müller',
  'Tanaka',
  'Kim',
  'Nkosi',
  'Okafor',
  'Ivanova',
  'Rahman',
  'Nowak',
  'Rossi',
  'Méheut',
  'Novak',
  'Bakr',
  'Larsen',
  'Silva',
  'Moreau',
  'Schmidt',
  'Sato',
  'Mensah',
];
const TITLES: [string, 'minister' | 'envoy' | 'official' | 'adviser' | 'head_of_state'][] = [
  ['Foreign Minister', 'minister'],
  ['Defense Minister', 'minister'],
  ['Special Envoy', 'envoy'],
  ['Deputy Foreign Minister', 'minister'],
  ['National Security Adviser', 'adviser'],
  ['Ambassador', 'official'],
  ['Chief Negotiator', 'envoy'],
  ['Policy Planning Director', 'official'],
  ['Presidential Adviser', 'adviser'],
  ['President', 'head_of_state'],
  ['Prime Minister', 'head_of_state'],
  ['Military Attaché', 'official'],
];
const PUBLISHERS = [
  'The New York Times',
  'Reuters',
  'Associated Press',
  'BBC News',
  'Le Monde',
  'Al Jazeera',
  'Kyiv Independent',
  'TASS',
  'Financial Times',
  'The Guardian',
  'Der Spiegel',
  'Anadolu Agency',
  'Official readout',
  'Ministry statement',
];
const VERBS = [
  'discussed',
  'addressed',
  'negotiated over',
  'reviewed progress on',
  'failed to agree on',
  'outlined proposals on',
  'set out conditions on',
  'exchanged drafts on',
];
const QUALIFIERS = [
  'technical',
  'high-level',
  'expert-level',
  'closed-door',
  'preliminary',
  'follow-up',
  'trilateral',
  'bilateral',
];

const KINDS: readonly (readonly [EventKind, number])[] = [
  ['talks_session', 40],
  ['statement', 22],
  ['proposal', 10],
  ['agreement', 8],
  ['attack', 12],
  ['announcement', 8],
];
const PRECISIONS: readonly (readonly [Precision, number])[] = [
  ['minute', 30],
  ['hour', 10],
  ['day', 45],
  ['week', 10],
  ['month', 5],
];
const STATUS_BY_KIND: Record<EventKind, readonly EventStatus[]> = {
  talks_session: ['held', 'held', 'held', 'scheduled', 'postponed', 'cancelled'],
  agreement: ['agreed_in_principle', 'announced', 'in_force', 'violation_alleged', 'suspended', 'lapsed'],
  proposal: ['proposed', 'proposed', 'rejected'],
  statement: ['occurred'],
  attack: ['occurred'],
  announcement: ['occurred', 'announced'],
};
const ROLES_BY_KIND: Record<EventKind, readonly PartyRole[]> = {
  talks_session: ['mediator', 'delegation', 'delegation', 'host', 'observer'],
  agreement: ['signatory', 'signatory', 'guarantor', 'mediator'],
  proposal: ['party', 'party', 'mediator'],
  statement: ['party'],
  attack: ['attacker', 'target'],
  announcement: ['party', 'host'],
};
const PERSON_ROLES: readonly PersonRole[] = [
  'head_of_delegation',
  'delegate',
  'technical_expert',
  'mediator',
  'speaker',
];

export type Archive = {
  parties: PartyInput[];
  topics: TopicInput[];
  locations: LocationInput[];
  people: PersonInput[];
  sources: SourceInput[];
  /** Yields events in batches so that 100,000 of them never sit in memory at once. */
  eventBatches(batchSize: number): Generator<EventInput[]>;
  /** The parties' claims about a batch of sessions and statements, and the points comparing them. */
  analysisFor(batch: readonly EventInput[]): { claims: ClaimInput[]; points: PointInput[] };
};

const CLAIM_KINDS_WEIGHTED: readonly (readonly [ClaimKind, number])[] = [
  ['assertion', 45],
  ['commitment', 20],
  ['demand', 15],
  ['denial', 10],
  ['assessment', 10],
];
const CLAIM_PHRASES: Record<ClaimKind, string> = {
  assertion: 'the sides made progress on',
  commitment: 'we are ready to implement an agreement on',
  demand: 'any arrangement must first settle',
  denial: 'there was no agreement on',
  assessment: 'the talks were constructive but slow on',
};
const ALIGNMENTS: readonly PointAlignment[] = ['agreed', 'diverges', 'conditional'];

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

type RandomSource = ReturnType<typeof randomSource>;
type Directory = Omit<Archive, 'eventBatches' | 'analysisFor'>;

/** The parties, topics, places, sources and people every generated event draws on. */
function generateDirectory(rnd: RandomSource): Directory {
  const parties: PartyInput[] = [
    ...STATES.map(([name, code]) => ({ slug: slug(name), name, kind: 'state' as const, countryCode: code })),
    ...ORGANISATIONS.map((name) => ({ slug: slug(name), name, kind: 'organisation' as const })),
  ];
  const topics: TopicInput[] = TOPICS.map((name) => ({ slug: slug(name), name }));
  const locations: LocationInput[] = CITIES.map(([city, country, countryCode, timeZone, latitude, longitude]) => ({
    slug: slug(city),
    name: city,
    city,
    country,
    countryCode,
    timeZone,
    latitude,
    longitude,
  }));
  const sources: SourceInput[] = Array.from({ length: 1500 }, (_, i) => ({
    slug: `source-${i + 1}`,
    title: `${rnd.pick(QUALIFIERS)} talks report ${i + 1}`.replace(/^./, (c) => c.toUpperCase()),
    publisher: rnd.pick(PUBLISHERS),
    url: `https://news.example.org/articles/${i + 1}`,
    publishedOn: `${rnd.int(2015, 2026)}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`,
    authors: [`${rnd.pick(FIRST)} ${rnd.pick(LAST)}`],
  }));
  // Each party's own readouts, appended without drawing on the random stream, so the events stay
  // the same as before claims were generated.
  sources.push(
    ...parties.map((party) => ({
      slug: `readout-${party.slug}`,
      title: `Readouts of ${party.name}`,
      publisher: party.name,
      kind: 'readout' as const,
      party: party.slug,
    })),
  );
  const people: PersonInput[] = Array.from({ length: 400 }, (_, i) => {
    const name = `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`;
    const party = rnd.pick(parties.slice(0, STATES.length)).slug!;
    const [title, kind] = rnd.pick(TITLES);
    const switchYear = rnd.int(2016, 2025);
    return {
      slug: `${slug(name)}-${i + 1}`,
      name,
      affiliations: [
        { party, title: `${title}`, kind, validTo: `${switchYear}-06-30` },
        { party, title: `Senior ${title}`, kind, validFrom: `${switchYear}-07-01` },
      ],
    };
  });
  return { parties, topics, locations, people, sources };
}

/** The archive's i-th event at its drawn instant, possibly related to one of the latest before it. */
function generateEvent(
  rnd: RandomSource,
  directory: Directory,
  i: number,
  time: number,
  earlier: readonly string[],
): EventInput {
  const { parties, topics, locations, people, sources } = directory;
  const kind = rnd.weighted(KINDS);
  const precision = rnd.weighted(PRECISIONS);
  const location = rnd.next() < 0.85 ? rnd.pick(locations) : null;
  const timeZone = location?.timeZone ?? 'UTC';
  const startsAt = new Date(precision === 'minute' ? time - (time % 60_000) : time - (time % 3_600_000)).toISOString();
  const eventParties = rnd
    .sample(parties, rnd.int(2, 4))
    .map((p) => ({ party: p.slug!, role: rnd.pick(ROLES_BY_KIND[kind]) }));
  const eventTopics = rnd.sample(topics, rnd.int(1, 3)).map((t) => t.slug!);
  const a = eventParties[0].party.replace(/-/g, ' ');
  const b = eventParties[1].party.replace(/-/g, ' ');
  const topic = eventTopics[0].replace(/-/g, ' ');
  const title = `${rnd.pick(QUALIFIERS)} ${kind.replace('_', ' ')}: ${a} and ${b} on ${topic}`.replace(/^./, (c) =>
    c.toUpperCase(),
  );
  const excerpt = `Officials from ${a} and ${b} ${rnd.pick(VERBS)} ${topic} during the talks${location ? ` in ${location.city}` : ''}, according to people familiar with the matter.`;
  const citations: CitationInput[] = Array.from({ length: rnd.int(1, 2) }, () => ({
    source: rnd.pick(sources).slug!,
    excerpt,
    attribution: rnd.pick([
      'reporter',
      'anonymous_official',
      'on_record_official',
      'official_readout',
      'state_media',
    ] as const),
    confidence: rnd.pick(['high', 'medium', 'low'] as const),
  }));
  const relations =
    earlier.length && rnd.next() < 0.05
      ? [{ type: rnd.pick(['follows', 'part_of', 'responds_to'] as const), event: rnd.pick(earlier.slice(-500)) }]
      : [];
  return {
    slug: `archive-event-${i + 1}`,
    kind,
    title,
    summary: `${excerpt} The ${topic} talks are expected to continue.`,
    startsAt,
    endsAt:
      kind === 'talks_session' && precision === 'minute'
        ? new Date(Date.parse(startsAt) + rnd.int(1, 10) * 1_800_000).toISOString()
        : null,
    timeZone,
    precision,
    approximate: rnd.next() < 0.2,
    status: rnd.pick(STATUS_BY_KIND[kind]),
    location: location?.slug ?? null,
    parties: eventParties,
    people: rnd.sample(people, rnd.int(0, 3)).map((p) => ({ person: p.slug!, role: rnd.pick(PERSON_ROLES) })),
    topics: eventTopics,
    citations,
    relations,
  };
}

/** The parties' claims about sessions and statements, drawn on a stream of their own so the events stay the same. */
function claimGenerator(seed: number): Archive['analysisFor'] {
  const claimRnd = randomSource(seed ^ 0x5eed);
  let claimCount = 0;
  let pointCount = 0;
  return (batch) => {
    const claims: ClaimInput[] = [];
    const points: PointInput[] = [];
    for (const event of batch) {
      if (event.kind !== 'talks_session' && event.kind !== 'statement') continue;
      const speakers = claimRnd.sample(event.parties ?? [], claimRnd.int(1, 3));
      const made = speakers.map(({ party }) => {
        const kind = claimRnd.weighted(CLAIM_KINDS_WEIGHTED);
        const topic = claimRnd.pick(event.topics ?? []);
        const exact = `${CLAIM_PHRASES[kind]} ${topic.replace(/-/g, ' ')}`;
        const claim: ClaimInput = {
          slug: `archive-claim-${++claimCount}`,
          event: event.slug!,
          party,
          source: `readout-${party}`,
          kind,
          quote: { exact, prefix: 'The delegation said ', suffix: ' after the session.' },
          paraphrase: claimRnd.next() < 0.3 ? `${party.replace(/-/g, ' ')} on ${topic.replace(/-/g, ' ')}` : '',
          topics: [topic],
          attribution: 'official_readout',
          confidence: claimRnd.pick(['high', 'medium'] as const),
        };
        claims.push(claim);
        return claim;
      });
      if (event.kind === 'talks_session' && made.length >= 2) {
        const label = `Terms on ${made[0].topics![0].replace(/-/g, ' ')}`;
        points.push({
          slug: `archive-point-${++pointCount}`,
          event: event.slug!,
          label,
          alignment: claimRnd.pick(ALIGNMENTS),
          topics: made[0].topics,
          claims: made.map((c) => c.slug!),
        });
      }
    }
    return { claims, points };
  };
}

export function generateArchive({ events: eventCount, seed = 20250323 }: { events: number; seed?: number }): Archive {
  const rnd = randomSource(seed);
  const directory = generateDirectory(rnd);
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2026, 9, 31) - start;
  function* eventBatches(batchSize: number): Generator<EventInput[]> {
    const times = Array.from({ length: eventCount }, () => start + Math.floor(rnd.next() * span)).sort((a, b) => a - b);
    let batch: EventInput[] = [];
    const earlier: string[] = [];
    for (let i = 0; i < eventCount; i++) {
      const event = generateEvent(rnd, directory, i, times[i], earlier);
      batch.push(event);
      earlier.push(event.slug!);
      if (batch.length === batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }
  return { ...directory, eventBatches, analysisFor: claimGenerator(seed) };
}
