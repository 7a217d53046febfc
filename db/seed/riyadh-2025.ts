// The first body of reporting Parley models: the New York Times article on the March 2025
// U.S.-mediated talks in Riyadh, as republished by The Spokesman-Review. Every fact carries the
// sentence it comes from. Instants are written with the UTC offset in force in their zone on
// that day (Kyiv was on UTC+2 until 30 March 2025, Riyadh is always UTC+3), so the data reads as
// the reporting does and a test checks each offset against the zone database.
import type { CitationInput } from '../queries/citation-writes';
import type { ClaimInput } from '../queries/claim-writes';
import type { CommitmentInput } from '../queries/commitment-writes';
import type { EventInput } from '../queries/event-writes';
import type {
  LocationInput,
  PartyInput,
  PersonInput,
  PositionInput,
  SourceInput,
  TopicInput,
} from '../queries/record-writes';
import type { SessionOutcomeInput } from '../queries/session-outcomes';
import { ARTICLE_TEXT } from './riyadh-2025-article';

const ARTICLE = 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks';

function cite(excerpt: string, extra: Partial<CitationInput> = {}): CitationInput {
  return { source: ARTICLE, excerpt, attribution: 'reporter', confidence: 'high', ...extra };
}

export const sources: SourceInput[] = [
  {
    slug: ARTICLE,
    title: 'Russia, Ukraine hold U.S.-mediated talks',
    publisher: 'The New York Times',
    publishedOn: '2025-03-23',
    reliability: 'usually_reliable',
    authors: ['Ivan Nechepurenko', 'Constant Méheut'],
    syndications: [{ publisher: 'The Spokesman-Review (Spokane, Washington)', publishedOn: '2025-03-23' }],
    text: ARTICLE_TEXT,
  },
];

export const parties: PartyInput[] = [
  {
    slug: 'united-states',
    name: 'United States',
    shortName: 'U.S.',
    kind: 'state',
    countryCode: 'US',
    aliases: ['Washington', 'U.S.'],
  },
  { slug: 'ukraine', name: 'Ukraine', kind: 'state', countryCode: 'UA', aliases: ['Kyiv', 'the Ukrainian government'] },
  { slug: 'russia', name: 'Russia', kind: 'state', countryCode: 'RU', aliases: ['Moscow', 'the Kremlin'] },
  {
    slug: 'saudi-arabia',
    name: 'Saudi Arabia',
    kind: 'state',
    countryCode: 'SA',
    aliases: ['Riyadh'],
    description: 'Host of the March 2025 talks.',
  },
  { slug: 'nato', name: 'NATO', kind: 'organisation', aliases: ['North Atlantic Treaty Organization'] },
];

export const topics: TopicInput[] = [
  {
    slug: 'energy-infrastructure',
    name: 'Energy infrastructure',
    description: 'Strikes on power plants, grids and other energy facilities.',
  },
  {
    slug: 'black-sea-shipping',
    name: 'Black Sea shipping',
    description: 'Safety of commercial shipping in the Black Sea.',
  },
  { slug: 'ceasefire', name: 'Ceasefire', description: 'Partial and full ceasefires, truces and their terms.' },
  { slug: 'territorial-control', name: 'Territorial control', description: 'Which side controls which territory.' },
  { slug: 'nato-membership', name: 'NATO membership', description: "Ukraine's membership of NATO." },
];

export const locations: LocationInput[] = [
  {
    slug: 'riyadh',
    name: 'Riyadh',
    aliases: ['the Saudi capital'],
    city: 'Riyadh',
    country: 'Saudi Arabia',
    countryCode: 'SA',
    countryParty: 'saudi-arabia',
    timeZone: 'Asia/Riyadh',
    latitude: 24.7136,
    longitude: 46.6753,
  },
  {
    slug: 'kyiv',
    name: 'Kyiv',
    city: 'Kyiv',
    country: 'Ukraine',
    countryCode: 'UA',
    countryParty: 'ukraine',
    timeZone: 'Europe/Kyiv',
    latitude: 50.4501,
    longitude: 30.5234,
  },
];

export const people: PersonInput[] = [
  {
    slug: 'rustem-umerov',
    name: 'Rustem Umerov',
    affiliations: [
      {
        party: 'ukraine',
        title: 'Defense Minister of Ukraine',
        kind: 'minister',
        citations: [
          cite(
            'Rustem Umerov, the Ukrainian defense minister leading his country’s delegation, said the talks Sunday had begun around 5:30 p.m. Kyiv, Ukraine, time and ended some five hours later.',
          ),
        ],
      },
    ],
  },
  {
    slug: 'steve-witkoff',
    name: 'Steve Witkoff',
    affiliations: [
      {
        party: 'united-states',
        title: 'Personal envoy of President Trump to President Putin',
        kind: 'envoy',
        citations: [
          cite(
            'Steve Witkoff, whom President Donald Trump has tapped to be his personal envoy to Russian President Vladimir Putin, has said that the ultimate goal of the talks is a 30-day full ceasefire that would allow time for negotiations on a permanent truce.',
          ),
        ],
      },
    ],
  },
  {
    slug: 'keith-kellogg',
    name: 'Keith Kellogg',
    affiliations: [
      {
        party: 'united-states',
        title: 'U.S. special envoy to Ukraine',
        kind: 'envoy',
        citations: [
          cite(
            'Keith Kellogg, the U.S. special envoy to Ukraine, said that the U.S. delegation included some of his own staff, along with Michael Anton, policy planning director at the State Department; and aides to the national security adviser, Michael Waltz.',
          ),
        ],
      },
    ],
  },
  {
    slug: 'michael-anton',
    name: 'Michael Anton',
    affiliations: [
      {
        party: 'united-states',
        title: 'Policy planning director, U.S. State Department',
        kind: 'official',
        citations: [
          cite('Michael Anton, policy planning director at the State Department', {
            attribution: 'on_record_official',
            attributedTo: 'keith-kellogg',
          }),
        ],
      },
    ],
  },
  {
    slug: 'michael-waltz',
    name: 'Michael Waltz',
    affiliations: [
      {
        party: 'united-states',
        title: 'U.S. national security adviser',
        kind: 'adviser',
        citations: [
          cite('aides to the national security adviser, Michael Waltz', {
            attribution: 'on_record_official',
            attributedTo: 'keith-kellogg',
          }),
        ],
      },
    ],
  },
  {
    slug: 'donald-trump',
    name: 'Donald Trump',
    affiliations: [
      {
        party: 'united-states',
        title: 'President of the United States',
        kind: 'head_of_state',
        citations: [cite('whom President Donald Trump has tapped to be his personal envoy')],
      },
    ],
  },
  {
    slug: 'vladimir-putin',
    name: 'Vladimir Putin',
    affiliations: [
      {
        party: 'russia',
        title: 'President of Russia',
        kind: 'head_of_state',
        citations: [cite('his personal envoy to Russian President Vladimir Putin')],
      },
    ],
  },
  {
    slug: 'vitali-klitschko',
    name: 'Vitali Klitschko',
    affiliations: [
      {
        party: 'ukraine',
        title: 'Mayor of Kyiv',
        kind: 'local_official',
        citations: [
          cite('Kyiv’s mayor Vitali Klitschko visits the site of a missile attack in Kyiv on March 25, 2024'),
        ],
      },
    ],
  },
  {
    slug: 'teymur-tkachenko',
    name: 'Teymur Tkachenko',
    affiliations: [
      {
        party: 'ukraine',
        title: 'Head of the Kyiv City Military Administration',
        kind: 'local_official',
        citations: [
          cite('Klitschko and military administrator Teymur Tkachenko reported numerous explosions on Telegram'),
        ],
      },
    ],
  },
];

const ROUND = 'riyadh-talks-march-2025';
const UKRAINE_US = 'ukraine-us-talks-riyadh-2025-03-23';
const TRUCE = 'energy-strikes-partial-truce-march-2025';
/** Witkoff's words on the 30-day ceasefire, the terms of the proposal (the slug its claim is given). */
const WITKOFF_CLAIM = 'witkoff-30-day-full-ceasefire-goal-claim';

// Ordered so that every event a relation names is created before the event naming it.
export const events: EventInput[] = [
  {
    slug: 'kyiv-missile-attack-2024-03-25',
    kind: 'attack',
    title: 'Missile attack on Kyiv',
    summary:
      'A missile attack struck Kyiv amid the Russian invasion of Ukraine; Mayor Vitali Klitschko later visited the site.',
    startsAt: '2024-03-25T00:00:00+02:00',
    timeZone: 'Europe/Kyiv',
    precision: 'day',
    status: 'occurred',
    location: 'kyiv',
    parties: [
      { party: 'russia', role: 'attacker' },
      { party: 'ukraine', role: 'target' },
    ],
    people: [{ person: 'vitali-klitschko', role: 'witness' }],
    citations: [
      cite(
        'Kyiv’s mayor Vitali Klitschko visits the site of a missile attack in Kyiv on March 25, 2024, amid the Russian invasion of Ukraine.',
        { note: 'Photo caption (Sergei Supinsky/AFP via Getty Images/TNS).' },
      ),
    ],
  },
  {
    slug: TRUCE,
    kind: 'agreement',
    title: 'Partial truce on strikes against energy infrastructure',
    summary:
      'Russia and Ukraine agreed to halt strikes on energy infrastructure temporarily. How and when to implement the partial truce was still undecided on 23 March, and attacks persisted.',
    startsAt: '2025-03-17T00:00:00+02:00',
    timeZone: 'Europe/Kyiv',
    precision: 'week',
    status: 'agreed_in_principle',
    parties: [
      { party: 'russia', role: 'party' },
      { party: 'ukraine', role: 'party' },
    ],
    topics: ['energy-infrastructure', 'ceasefire'],
    citations: [
      cite(
        'Russia and Ukraine both agreed this past week to halt strikes on energy infrastructure temporarily, but how and when to implement that partial truce are questions that have yet to be decided as attacks persist.',
      ),
    ],
    statusHistory: [
      {
        status: 'agreed_in_principle',
        effectiveAt: '2025-03-17T00:00:00+02:00',
        precision: 'week',
        note: 'Agreed in principle by both sides; implementation undecided as of 23 March 2025.',
        citations: [
          cite('Russia and Ukraine both agreed this past week to halt strikes on energy infrastructure temporarily'),
        ],
      },
    ],
  },
  {
    slug: 'witkoff-30-day-full-ceasefire-goal',
    kind: 'proposal',
    title: 'Goal of a 30-day full ceasefire',
    summary:
      'Steve Witkoff said the ultimate goal of the talks is a 30-day full ceasefire that would allow time for negotiations on a permanent truce.',
    startsAt: '2025-03-01T00:00:00-05:00',
    timeZone: 'America/New_York',
    precision: 'month',
    approximate: true,
    status: 'proposed',
    parties: [
      { party: 'united-states', role: 'mediator' },
      { party: 'russia', role: 'party' },
      { party: 'ukraine', role: 'party' },
    ],
    people: [
      { person: 'steve-witkoff', role: 'speaker', onBehalfOf: 'united-states' },
      { person: 'donald-trump', role: 'referenced' },
    ],
    topics: ['ceasefire'],
    citations: [
      cite(
        'Steve Witkoff, whom President Donald Trump has tapped to be his personal envoy to Russian President Vladimir Putin, has said that the ultimate goal of the talks is a 30-day full ceasefire that would allow time for negotiations on a permanent truce.',
        { attribution: 'on_record_official', attributedTo: 'steve-witkoff' },
      ),
    ],
  },
  {
    slug: 'kyiv-drone-attack-2025-03-23',
    kind: 'attack',
    title: 'Russian drone attack on Kyiv',
    summary:
      'Russian forces attacked Kyiv with combat drones early on Sunday, ahead of the ceasefire talks; Klitschko and Tkachenko reported numerous explosions on Telegram.',
    startsAt: '2025-03-23T00:00:00+02:00',
    timeZone: 'Europe/Kyiv',
    precision: 'day',
    status: 'occurred',
    location: 'kyiv',
    parties: [
      { party: 'russia', role: 'attacker' },
      { party: 'ukraine', role: 'target' },
    ],
    people: [
      { person: 'vitali-klitschko', role: 'speaker' },
      { person: 'teymur-tkachenko', role: 'speaker' },
    ],
    topics: ['ceasefire'],
    citations: [
      cite(
        'Russian forces attacked the Ukrainian capital Kyiv with combat drones, as Klitschko and military administrator Teymur Tkachenko reported numerous explosions on Telegram early on Sunday, March 23, 2025, ahead of ceasefire talks.',
        {
          attribution: 'social_media_post',
          attributedTo: 'vitali-klitschko',
          note: 'Photo caption; reported by Klitschko and Tkachenko on Telegram.',
        },
      ),
    ],
  },
  {
    slug: ROUND,
    kind: 'talks_session',
    title: 'U.S.-mediated technical talks in Riyadh',
    summary:
      'The United States holds separate talks with Ukraine and Russia in Riyadh to iron out details of a possible limited ceasefire. Unlike earlier rounds of top officials, this round focuses on technical matters and mostly involves diplomats and government advisers.',
    startsAt: '2025-03-23T00:00:00+03:00',
    endsAt: '2025-03-24T00:00:00+03:00',
    timeZone: 'Asia/Riyadh',
    precision: 'day',
    status: 'held',
    location: 'riyadh',
    parties: [
      { party: 'united-states', role: 'mediator' },
      { party: 'saudi-arabia', role: 'host' },
      { party: 'ukraine', role: 'delegation' },
      { party: 'russia', role: 'delegation' },
    ],
    people: [
      { person: 'michael-anton', role: 'delegate', onBehalfOf: 'united-states' },
      { person: 'keith-kellogg', role: 'speaker', onBehalfOf: 'united-states' },
      { person: 'michael-waltz', role: 'referenced' },
    ],
    topics: ['ceasefire', 'energy-infrastructure', 'black-sea-shipping'],
    citations: [
      cite(
        'The United States is holding separate talks with Russia and Ukraine in Saudi Arabia to iron out details of a possible limited ceasefire in what could be a crucial step toward a full cessation of hostilities in the war.',
      ),
      cite(
        'The talks – held in Riyadh, the Saudi capital, with U.S. representatives mediating – are expected to focus on hammering out those details and on safety for shipping in the Black Sea.',
      ),
      cite(
        'Unlike previous ceasefire discussions, which involved top government officials from all sides, this new round will focus on technical matters and will mostly involve diplomats and government advisers.',
      ),
      cite(
        'Keith Kellogg, the U.S. special envoy to Ukraine, said that the U.S. delegation included some of his own staff, along with Michael Anton, policy planning director at the State Department; and aides to the national security adviser, Michael Waltz.',
        { attribution: 'on_record_official', attributedTo: 'keith-kellogg' },
      ),
    ],
    relations: [{ type: 'implements', event: TRUCE }],
  },
  {
    slug: 'black-sea-shipping-safety-on-the-agenda',
    kind: 'proposal',
    title: 'Safety of shipping in the Black Sea on the agenda',
    summary:
      'The Riyadh talks were expected to focus on the details of the partial truce and on safety for shipping in the Black Sea.',
    startsAt: '2025-03-23T00:00:00+03:00',
    timeZone: 'Asia/Riyadh',
    precision: 'day',
    status: 'proposed',
    location: 'riyadh',
    parties: [
      { party: 'united-states', role: 'mediator' },
      { party: 'ukraine', role: 'party' },
      { party: 'russia', role: 'party' },
    ],
    topics: ['black-sea-shipping'],
    citations: [
      cite(
        'The talks – held in Riyadh, the Saudi capital, with U.S. representatives mediating – are expected to focus on hammering out those details and on safety for shipping in the Black Sea.',
      ),
    ],
    relations: [{ type: 'part_of', event: ROUND }],
  },
  {
    slug: UKRAINE_US,
    kind: 'talks_session',
    title: 'Ukraine–U.S. talks in Riyadh',
    summary:
      'Ukraine was the first to hold talks with the United States. Rustem Umerov, leading the Ukrainian delegation, said the session began around 17:30 Kyiv time and ended some five hours later, and called it productive and focused, with energy among the key points.',
    startsAt: '2025-03-23T17:30:00+02:00',
    endsAt: '2025-03-23T22:30:00+02:00',
    timeZone: 'Europe/Kyiv',
    precision: 'minute',
    approximate: true,
    endApproximate: true,
    status: 'held',
    location: 'riyadh',
    parties: [
      { party: 'united-states', role: 'mediator' },
      { party: 'ukraine', role: 'delegation' },
      { party: 'saudi-arabia', role: 'host' },
    ],
    people: [{ person: 'rustem-umerov', role: 'head_of_delegation', onBehalfOf: 'ukraine' }],
    topics: ['energy-infrastructure', 'ceasefire', 'black-sea-shipping'],
    citations: [
      cite('Ukraine was the first to hold talks with the United States, on Sunday.'),
      cite(
        'Rustem Umerov, the Ukrainian defense minister leading his country’s delegation, said the talks Sunday had begun around 5:30 p.m. Kyiv, Ukraine, time and ended some five hours later.',
        {
          attribution: 'on_record_official',
          attributedTo: 'rustem-umerov',
        },
      ),
    ],
    relations: [{ type: 'part_of', event: ROUND }],
  },
  {
    slug: 'umerov-talks-productive-and-focused',
    kind: 'statement',
    title: 'Umerov: the talks were “productive and focused”',
    summary:
      'After the session, Umerov wrote on social media that the discussion was productive and focused and addressed key points including energy, without offering details.',
    startsAt: '2025-03-23T00:00:00+02:00',
    timeZone: 'Europe/Kyiv',
    precision: 'day',
    status: 'occurred',
    parties: [{ party: 'ukraine', role: 'party' }],
    people: [{ person: 'rustem-umerov', role: 'speaker', onBehalfOf: 'ukraine' }],
    topics: ['energy-infrastructure'],
    citations: [
      cite(
        '“The discussion was productive and focused – we addressed key points including energy,” he wrote on social media, without offering details.',
        {
          attribution: 'social_media_post',
          attributedTo: 'rustem-umerov',
        },
      ),
    ],
    relations: [{ type: 'responds_to', event: UKRAINE_US }],
  },
  {
    slug: 'ukraine-us-possible-further-talks-2025-03-24',
    kind: 'talks_session',
    title: 'Possible further Ukraine–U.S. discussions',
    summary:
      'According to a Ukrainian official, the Ukrainian delegation might hold additional discussions with U.S. officials on Monday, depending on progress.',
    startsAt: '2025-03-24T00:00:00+03:00',
    timeZone: 'Asia/Riyadh',
    precision: 'day',
    status: 'proposed',
    location: 'riyadh',
    parties: [
      { party: 'united-states', role: 'mediator' },
      { party: 'ukraine', role: 'delegation' },
    ],
    topics: ['ceasefire'],
    citations: [
      cite(
        'A Ukrainian official, speaking on condition of anonymity to discuss a sensitive matter, said the Ukrainian delegation might hold additional discussions with U.S. officials Monday, depending on progress.',
        {
          attribution: 'anonymous_official',
          confidence: 'medium',
        },
      ),
    ],
    relations: [
      { type: 'part_of', event: ROUND },
      { type: 'follows', event: UKRAINE_US },
    ],
  },
  {
    slug: 'russia-us-talks-riyadh-2025-03-24',
    kind: 'talks_session',
    title: 'Russia–U.S. talks in Riyadh',
    summary: 'Russia holds its separate talks with the United States on Monday, after Ukraine’s session on Sunday.',
    startsAt: '2025-03-24T00:00:00+03:00',
    timeZone: 'Asia/Riyadh',
    precision: 'day',
    status: 'scheduled',
    location: 'riyadh',
    parties: [
      { party: 'united-states', role: 'mediator' },
      { party: 'russia', role: 'delegation' },
      { party: 'saudi-arabia', role: 'host' },
    ],
    topics: ['energy-infrastructure', 'ceasefire', 'black-sea-shipping'],
    citations: [
      cite(
        'Ukraine was the first to hold talks with the United States, on Sunday. It will be followed by Russia on Monday.',
      ),
    ],
    relations: [
      { type: 'part_of', event: ROUND },
      { type: 'follows', event: UKRAINE_US },
    ],
  },
];

const MOSCOW_DEMANDS =
  'Moscow continues to insist on maximalist positions, including about asserting territorial control and ensuring Ukraine never joins NATO.';
const KYIV_REFUSAL =
  'The Ukrainian government has repeatedly said that it will not concede to the Kremlin’s demands and accused Putin of stalling for time.';

export const positions: PositionInput[] = [
  {
    party: 'russia',
    topic: 'territorial-control',
    stance: 'Insists on asserting territorial control',
    summary: 'A maximalist demand that Moscow continues to insist on.',
    statedOn: '2025-03-23',
    citations: [cite(MOSCOW_DEMANDS)],
  },
  {
    party: 'russia',
    topic: 'nato-membership',
    stance: 'Ukraine must never join NATO',
    summary: 'A maximalist demand that Moscow continues to insist on.',
    statedOn: '2025-03-23',
    citations: [cite(MOSCOW_DEMANDS)],
  },
  {
    party: 'ukraine',
    topic: 'territorial-control',
    stance: 'Will not concede to the Kremlin’s demands',
    summary: 'Kyiv has repeatedly refused to concede to Moscow’s territorial demands.',
    statedOn: '2025-03-23',
    citations: [cite(KYIV_REFUSAL)],
  },
  {
    party: 'ukraine',
    topic: 'nato-membership',
    stance: 'Will not concede to the Kremlin’s demands',
    summary: 'Kyiv has repeatedly refused to concede to Moscow’s demands, which include that Ukraine never joins NATO.',
    statedOn: '2025-03-23',
    citations: [cite(KYIV_REFUSAL)],
  },
  {
    party: 'ukraine',
    topic: 'ceasefire',
    stance: 'Accuses Putin of stalling for time',
    statedOn: '2025-03-23',
    citations: [cite(KYIV_REFUSAL)],
  },
  {
    party: 'united-states',
    topic: 'ceasefire',
    stance: '30-day full ceasefire, then talks on a permanent truce',
    summary: 'The goal Steve Witkoff set out for the talks.',
    statedOn: '2025-03-23',
    statedBy: 'steve-witkoff',
    citations: [
      cite(
        'the ultimate goal of the talks is a 30-day full ceasefire that would allow time for negotiations on a permanent truce',
        { attribution: 'on_record_official', attributedTo: 'steve-witkoff' },
      ),
    ],
  },
];

/**
 * What the parties themselves say in the article, as claims: the exact words with the text just
 * before and after them in the article (a W3C TextQuoteSelector), so each can be found again.
 */
export const claims: ClaimInput[] = [
  {
    event: UKRAINE_US,
    party: 'ukraine',
    person: 'rustem-umerov',
    source: ARTICLE,
    kind: 'assertion',
    quote: {
      exact: 'the talks Sunday had begun around 5:30 p.m. Kyiv, Ukraine, time and ended some five hours later',
      prefix: 'leading his country’s delegation, said ',
      suffix: '. “The discussion was',
    },
    paraphrase: 'The session began around 17:30 Kyiv time and lasted some five hours',
    attribution: 'on_record_official',
    confidence: 'high',
  },
  {
    event: UKRAINE_US,
    party: 'ukraine',
    person: 'rustem-umerov',
    source: ARTICLE,
    kind: 'assessment',
    quote: {
      exact: 'The discussion was productive and focused – we addressed key points including energy',
      prefix: 'ended some five hours later. “',
      suffix: ',” he wrote on social media',
    },
    paraphrase: 'Productive and focused talks; energy among the key points',
    topics: ['energy-infrastructure'],
    attribution: 'social_media_post',
    confidence: 'high',
  },
  {
    slug: WITKOFF_CLAIM,
    event: 'witkoff-30-day-full-ceasefire-goal',
    party: 'united-states',
    person: 'steve-witkoff',
    source: ARTICLE,
    kind: 'assertion',
    quote: {
      exact:
        'the ultimate goal of the talks is a 30-day full ceasefire that would allow time for negotiations on a permanent truce',
      prefix: 'Russian President Vladimir Putin, has said that ',
      suffix: '.',
    },
    paraphrase: '30-day full ceasefire, then talks on a permanent truce',
    topics: ['ceasefire'],
    attribution: 'on_record_official',
    confidence: 'high',
  },
  {
    event: ROUND,
    party: 'united-states',
    person: 'keith-kellogg',
    source: ARTICLE,
    kind: 'assertion',
    quote: {
      exact:
        'the U.S. delegation included some of his own staff, along with Michael Anton, policy planning director at the State Department; and aides to the national security adviser, Michael Waltz',
      prefix: 'the U.S. special envoy to Ukraine, said that ',
      suffix: '.',
    },
    paraphrase: 'The U.S. delegation: Kellogg’s staff, Michael Anton and aides to Michael Waltz',
    attribution: 'on_record_official',
    confidence: 'high',
  },
  {
    event: ROUND,
    party: 'russia',
    source: ARTICLE,
    kind: 'demand',
    quote: {
      exact: 'asserting territorial control',
      prefix: 'Moscow continues to insist on maximalist positions, including about ',
      suffix: ' and ensuring Ukraine never joins NATO',
    },
    paraphrase: 'Insists on asserting territorial control',
    topics: ['territorial-control'],
    attribution: 'reporter',
    confidence: 'high',
  },
  {
    event: ROUND,
    party: 'russia',
    source: ARTICLE,
    kind: 'demand',
    quote: {
      exact: 'ensuring Ukraine never joins NATO',
      prefix: 'including about asserting territorial control and ',
      suffix: '. The Ukrainian government has',
    },
    paraphrase: 'Ukraine must never join NATO',
    topics: ['nato-membership'],
    attribution: 'reporter',
    confidence: 'high',
  },
  {
    event: ROUND,
    party: 'ukraine',
    source: ARTICLE,
    kind: 'assertion',
    quote: {
      exact: 'it will not concede to the Kremlin’s demands',
      prefix: 'The Ukrainian government has repeatedly said that ',
      suffix: ' and accused Putin of stalling for time',
    },
    paraphrase: 'Will not concede to the Kremlin’s demands',
    topics: ['territorial-control', 'nato-membership'],
    attribution: 'reporter',
    confidence: 'high',
  },
  {
    event: ROUND,
    party: 'ukraine',
    source: ARTICLE,
    kind: 'assessment',
    quote: {
      exact: 'accused Putin of stalling for time',
      prefix: 'will not concede to the Kremlin’s demands and ',
      suffix: '.',
    },
    paraphrase: 'Accuses Putin of stalling for time',
    topics: ['ceasefire'],
    attribution: 'reporter',
    confidence: 'high',
  },
];

/**
 * What the parties undertook, as the article reports it: the partial truce on energy strikes,
 * agreed in principle the week before and still without an implementation on 23 March while
 * attacks persisted; and Witkoff's 30-day full ceasefire, a proposal with no start yet.
 */
export const commitments: CommitmentInput[] = [
  {
    slug: 'energy-strikes-partial-truce',
    text: 'Halt strikes on energy infrastructure temporarily',
    event: TRUCE,
    parties: ['russia', 'ukraine'],
    topics: ['energy-infrastructure', 'ceasefire'],
    timeZone: 'Europe/Kyiv',
    statusHistory: [
      {
        status: 'agreed_in_principle',
        at: '2025-03-16T22:00:00.000Z',
        source: ARTICLE,
        excerpt: 'Russia and Ukraine both agreed this past week to halt strikes on energy infrastructure temporarily',
        note: 'Agreed during the week before 23 March 2025 (“this past week”).',
      },
      {
        status: 'agreed_in_principle',
        at: '2025-03-22T22:00:00.000Z',
        source: ARTICLE,
        excerpt:
          'how and when to implement that partial truce are questions that have yet to be decided as attacks persist',
        note: 'Implementation still undecided on 23 March 2025, and attacks persisting.',
      },
    ],
  },
  {
    slug: 'witkoff-30-day-full-ceasefire',
    text: 'A 30-day full ceasefire, allowing time for negotiations on a permanent truce',
    event: 'witkoff-30-day-full-ceasefire-goal',
    parties: ['russia', 'ukraine'],
    topics: ['ceasefire'],
    claims: [WITKOFF_CLAIM],
    durationDays: 30,
    timeZone: 'America/New_York',
    statusHistory: [
      {
        status: 'proposed',
        at: '2025-03-23T04:00:00.000Z',
        source: ARTICLE,
        excerpt:
          'the ultimate goal of the talks is a 30-day full ceasefire that would allow time for negotiations on a permanent truce',
        note: 'The goal Steve Witkoff set for the talks, as reported on 23 March 2025.',
      },
    ],
  },
];

/** Ukraine's session with the U.S. might continue on Monday, depending on progress. */
export const sessionOutcomes: { event: string; outcomes: SessionOutcomeInput[] }[] = [
  {
    event: UKRAINE_US,
    outcomes: [
      {
        kind: 'talks_to_continue',
        followUp: 'ukraine-us-possible-further-talks-2025-03-24',
        note: 'Possibly on Monday, depending on progress, according to a Ukrainian official.',
      },
    ],
  },
];
