// The party an adjective of nationality stands for ("Ukrainian" → Ukraine, "Turkish" → Turkey,
// "Saudi" → Saudi Arabia): a word sharing most of its beginning with one of the party's names.
// No list of demonyms to keep: a party added to Parley is recognised the same way.
import type { DirectoryParty } from '@/db/queries/extract-directory';

/** Endings of adjectives of nationality; other capitalised words ("United", "Swiss") are left alone. */
export const DEMONYM_ENDING = /(?:an|ian|ish|ese|i|ic)$/;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

export function partyOfWord(word: string, parties: readonly DirectoryParty[]): DirectoryParty | null {
  const w = word.toLowerCase();
  for (const party of parties) {
    const forms = [party.name, party.shortName, ...party.aliases]
      .filter((f): f is string => !!f)
      .map((f) => f.toLowerCase());
    if (forms.includes(w)) return party;
  }
  if (!DEMONYM_ENDING.test(w)) return null;
  for (const party of parties) {
    const stems = [party.name.split(' ')[0], ...party.aliases.filter((a) => !a.includes(' '))].map((f) =>
      f.toLowerCase(),
    );
    if (stems.some((stem) => commonPrefix(w, stem) >= Math.max(4, Math.ceil(0.5 * Math.min(w.length, stem.length)))))
      return party;
  }
  return null;
}
