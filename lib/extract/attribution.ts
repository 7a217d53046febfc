// Who a sentence's words are attributed to, as the source says it: a named person ("Umerov
// said", "he wrote on social media"), an anonymous official ("speaking on condition of
// anonymity", "according to officials"), state media, or an official readout.
import type { Attribution as AttributionKind } from '@/db/enums';
import type { NameMention } from './names';

export type SentenceAttribution = { kind: AttributionKind; person: string | null; name: string | null; cue: string };

const ANONYMOUS = new RegExp(
  [
    'speaking on (?:the )?condition of anonymity',
    'not authori[sz]ed to speak',
    'asked not to be (?:named|identified)',
    'according to (?:\\S+\\s){0,3}?(?:officials|sources|an? official|people familiar)',
    '\\b(?:officials|sources) (?:said|say|told)',
    '\\ban? (?:[\\p{L}.-]+\\s){0,3}?(?:official|diplomat|source) (?:said|says|told)',
  ].join('|'),
  'iu',
);
const STATE_MEDIA = /\b(?:TASS|RIA(?: Novosti)?|Interfax|state media|state television|state news agency|Xinhua)\b/;
const READOUT =
  /\breadout\b|\b(?:in|issued|released) a (?:joint )?statement\b|\bstatement (?:released|issued|published)\b/i;
const SPEECH = /\b(?:said|says|told|wrote|posted|added|stated|announced|noted|insisted|warned|declared|according to)\b/;
const SOCIAL = /\bon (?:social media|Telegram|X|Twitter|Facebook|Truth Social|Instagram)\b/;
const PRONOUN = /\b(?:he|she)\s+(?:\p{L}+\s+)?$/iu;

/**
 * `mentions` are the people and parties named in the sentence (offsets in the sentence);
 * `previousPerson` the last person named before it, whom "he said" means.
 */
export function attributionOf(
  sentence: string,
  mentions: readonly NameMention[],
  previousPerson: NameMention | null,
): SentenceAttribution | null {
  const anonymous = ANONYMOUS.exec(sentence);
  if (anonymous) return { kind: 'anonymous_official', person: null, name: null, cue: anonymous[0] };
  const stateMedia = STATE_MEDIA.exec(sentence);
  if (stateMedia) return { kind: 'state_media', person: null, name: null, cue: stateMedia[0] };
  const readout = READOUT.exec(sentence);
  if (readout) return { kind: 'official_readout', person: null, name: null, cue: readout[0] };
  const speech = SPEECH.exec(sentence);
  if (!speech) return null;
  const people = mentions.filter((m) => m.kind === 'person');
  // The sentence's subject ("Steve Witkoff, whom Trump has tapped …, has said") before the nearest name.
  const subject = people.find((m) => m.index <= 1 && m.index < speech.index);
  const before = subject ?? people.filter((m) => m.index < speech.index).at(-1);
  const after = people.find((m) => m.index > speech.index && m.index - (speech.index + speech[0].length) <= 2);
  const pronoun = PRONOUN.test(sentence.slice(0, speech.index)) ? previousPerson : null;
  const speaker = after ?? pronoun ?? before;
  if (!speaker) return null;
  return {
    kind: SOCIAL.test(sentence) ? 'social_media_post' : 'on_record_official',
    person: speaker.slug,
    name: speaker.name,
    cue: speech[0],
  };
}
