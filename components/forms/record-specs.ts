// The fields of each record kind, for the record forms and the event form's inline creation.
import type { RecordKind } from '@/db/queries/record-writes';
import {
  AFFILIATION_KIND_CHOICES,
  ATTRIBUTION_CHOICES,
  CONFIDENCE_CHOICES,
  PARTY_KIND_CHOICES,
  RELIABILITY_CHOICES,
  SOURCE_KIND_CHOICES,
} from '@/lib/labels';
import { ISSUED_SOURCE_KINDS } from '@/lib/validation/records';
import type { FieldSpec, Values } from './record-fields';

const citationFields: FieldSpec[] = [
  { name: 'source', label: 'Source', type: 'picker', list: 'sources' },
  { name: 'attribution', label: 'Attribution', type: 'select', options: ATTRIBUTION_CHOICES },
  { name: 'excerpt', label: 'Excerpt', type: 'textarea' },
  { name: 'confidence', label: 'Confidence', type: 'select', options: CONFIDENCE_CHOICES },
  { name: 'attributedTo', label: 'Said by (optional)', type: 'picker', list: 'people' },
];
export const BLANK_CITATION = {
  source: '',
  excerpt: '',
  attribution: 'reporter',
  attributedTo: '',
  confidence: 'medium',
  note: '',
};

export const RECORD_SPECS: Record<RecordKind, { title: string; plural: string; fields: FieldSpec[]; blank: Values }> = {
  party: {
    title: 'party',
    plural: 'parties',
    fields: [
      { name: 'name', label: 'Name', type: 'text' },
      { name: 'shortName', label: 'Short name', type: 'text' },
      { name: 'kind', label: 'Kind', type: 'select', options: PARTY_KIND_CHOICES },
      { name: 'countryCode', label: 'Country code', type: 'text', hint: 'Two letters, such as UA' },
      { name: 'aliases', label: 'Other names', type: 'list' },
      { name: 'description', label: 'Description', type: 'textarea' },
    ],
    blank: { name: '', shortName: '', kind: 'state', countryCode: '', aliases: [], description: '' },
  },
  person: {
    title: 'person',
    plural: 'people',
    fields: [
      { name: 'name', label: 'Name', type: 'text' },
      {
        name: 'sortName',
        label: 'Sort name',
        type: 'text',
        hint: 'Such as "Umerov, Rustem"; left empty, made from the name',
      },
      { name: 'aliases', label: 'Other names', type: 'list' },
      { name: 'description', label: 'Description', type: 'textarea' },
      {
        name: 'affiliations',
        label: 'Titles over time',
        type: 'rows',
        itemLabel: 'Title',
        addLabel: 'Add a title',
        blank: { party: '', title: '', kind: 'official', validFrom: '', validTo: '', citations: [] },
        fields: [
          { name: 'title', label: 'Title', type: 'text' },
          { name: 'party', label: 'For party', type: 'picker', list: 'parties' },
          { name: 'kind', label: 'Kind of post', type: 'select', options: AFFILIATION_KIND_CHOICES },
          { name: 'validFrom', label: 'From', type: 'date' },
          { name: 'validTo', label: 'Until', type: 'date' },
        ],
      },
    ],
    blank: { name: '', sortName: '', aliases: [], description: '', affiliations: [] },
  },
  topic: {
    title: 'topic',
    plural: 'topics',
    fields: [
      { name: 'name', label: 'Name', type: 'text' },
      { name: 'description', label: 'Description', type: 'textarea' },
    ],
    blank: { name: '', description: '' },
  },
  location: {
    title: 'location',
    plural: 'locations',
    fields: [
      { name: 'name', label: 'Name', type: 'text' },
      { name: 'city', label: 'City', type: 'text' },
      { name: 'countryParty', label: 'Country', type: 'picker', list: 'states', hint: 'A state among the parties' },
      { name: 'country', label: 'Country name', type: 'text', hint: 'Left empty, the chosen state’s name' },
      {
        name: 'countryCode',
        label: 'Country code',
        type: 'text',
        hint: 'Two letters, such as SA; left empty, the chosen state’s code',
      },
      { name: 'timeZone', label: 'Time zone', type: 'text', hint: 'IANA name, such as Asia/Riyadh' },
      {
        name: 'aliases',
        label: 'Other names',
        type: 'list',
        hint: 'As sources write them, such as "the Saudi capital"',
      },
      { name: 'latitude', label: 'Latitude', type: 'text' },
      { name: 'longitude', label: 'Longitude', type: 'text' },
    ],
    blank: {
      name: '',
      city: '',
      countryParty: '',
      country: '',
      countryCode: '',
      timeZone: '',
      latitude: '',
      longitude: '',
      aliases: [],
    },
  },
  source: {
    title: 'source',
    plural: 'sources',
    fields: [
      { name: 'title', label: 'Title', type: 'text', wide: true },
      { name: 'publisher', label: 'Publisher', type: 'text', suggestions: 'publishers' },
      { name: 'url', label: 'Web address', type: 'url' },
      { name: 'publishedOn', label: 'Published on', type: 'date' },
      { name: 'reliability', label: 'Reliability of the publisher', type: 'select', options: RELIABILITY_CHOICES },
      { name: 'kind', label: 'Kind of source', type: 'select', options: SOURCE_KIND_CHOICES },
      {
        name: 'party',
        label: 'Issued by (party)',
        type: 'picker',
        list: 'parties',
        hint: 'The party whose own account this is',
        shownWhen: { field: 'kind', values: ISSUED_SOURCE_KINDS },
      },
      { name: 'authors', label: 'Authors', type: 'list' },
      {
        name: 'text',
        label: 'Text',
        type: 'textarea',
        rows: 10,
        hint: 'The source’s own words, as published: claims are quoted from them',
      },
    ],
    blank: {
      title: '',
      publisher: '',
      url: '',
      publishedOn: '',
      reliability: 'usually_reliable',
      kind: 'report',
      party: '',
      text: '',
      authors: [],
      syndications: [],
    },
  },
  position: {
    title: 'position',
    plural: 'positions',
    fields: [
      { name: 'party', label: 'Party', type: 'picker', list: 'parties' },
      { name: 'topic', label: 'Topic', type: 'picker', list: 'topics' },
      { name: 'stance', label: 'Stance in a few words', type: 'text', wide: true },
      { name: 'statedOn', label: 'Stated on', type: 'date' },
      { name: 'statedBy', label: 'Stated by (optional)', type: 'picker', list: 'people' },
      { name: 'summary', label: 'Summary', type: 'textarea' },
      {
        name: 'citations',
        label: 'Citations',
        type: 'rows',
        itemLabel: 'Citation',
        addLabel: 'Add a citation',
        blank: BLANK_CITATION,
        fields: citationFields,
      },
    ],
    blank: { party: '', topic: '', stance: '', summary: '', statedOn: '', statedBy: '', citations: [] },
  },
};

export { citationFields };
