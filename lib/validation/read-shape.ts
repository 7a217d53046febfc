// A client may send back what a GET answered, with a field changed: the read shape names other
// records as objects ({ slug, name, … }) and some entries by other keys (`slug` for `party`).
// This turns that shape into the write shape before the write schema parses it; read-only
// fields (ids, names, counts, clocks) are left for the schema to drop.
import type { WritableKind } from './writes';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{ slug: "x", name: … }` → `"x"`; anything else as it is, for the schema to judge. */
function ref(value: unknown): unknown {
  return isObject(value) && typeof value.slug === 'string' ? value.slug : value;
}

/** Each object of a list rewritten by `entry`; a list that is not one is left to the schema. */
function each(value: unknown, entry: (item: Json) => Json): unknown {
  return Array.isArray(value) ? value.map((item) => (isObject(item) ? entry(item) : item)) : value;
}

/** Renames `from` to `to` in an entry that uses the read key and not the write one. */
function renamed(item: Json, from: string, to: string): Json {
  if (!(from in item) || to in item) return item;
  const { [from]: value, ...rest } = item;
  return { ...rest, [to]: value };
}

/** Applies `fix` to `key` only when the body has it: an absent key stays absent (it is kept). */
function fixed(body: Json, fixes: Record<string, (value: unknown) => unknown>): Json {
  const out = { ...body };
  for (const [key, fix] of Object.entries(fixes)) if (key in out) out[key] = fix(out[key]);
  return out;
}

const refs = (value: unknown) => (Array.isArray(value) ? value.map(ref) : value);
const citations = (value: unknown) => each(value, (c) => fixed(c, { source: ref, attributedTo: ref }));

const READ_SHAPES: Record<WritableKind, (body: Json) => Json> = {
  event: (body) =>
    fixed(body, {
      location: ref,
      parties: (value) => each(value, (p) => renamed(p, 'slug', 'party')),
      // The read shape's `party` is the party shown for the day, not a stated one: it is not written back.
      people: (value) => each(value, (p) => fixed(renamed(p, 'slug', 'person'), { onBehalfOf: ref })),
      topics: refs,
      citations,
      relations: (value) => each(value, (r) => fixed(r, { event: ref })),
      statusHistory: (value) => each(value, (s) => fixed(s, { claimedBy: ref, citations })),
    }),
  person: (body) =>
    fixed(body, {
      affiliations: (value) => each(value, (a) => fixed(renamed(a, 'partySlug', 'party'), { party: ref, citations })),
    }),
  position: (body) => fixed(body, { party: ref, topic: ref, statedBy: ref, citations }),
  party: (body) => body,
  topic: (body) => body,
  location: (body) => fixed(body, { countryParty: ref }),
  source: (body) => body,
  claim: (body) => fixed(body, { event: ref, party: ref, person: ref, source: ref, topics: refs }),
  point: (body) => fixed(body, { event: ref, topics: refs, claims: refs }),
  commitment: (body) =>
    fixed(body, {
      event: ref,
      parties: refs,
      topics: refs,
      claims: refs,
      statusHistory: (value) => each(value, (s) => fixed(s, { claimedBy: ref, source: ref })),
    }),
};

/** The write shape of a body that may be in the read shape. */
export function writeShape(kind: WritableKind, body: unknown): unknown {
  return isObject(body) ? READ_SHAPES[kind](body) : body;
}
