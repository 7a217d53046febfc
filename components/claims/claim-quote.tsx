import Link from 'next/link';
import type { ClaimDTO } from '@/db/queries/claims';
import { CLAIM_KIND_LABELS } from '@/lib/labels';
import { formatWhen } from '@/lib/time';

const link = 'underline underline-offset-2 hover:no-underline';

/** Which parts of a claim its list does not already say in a heading. */
export type ClaimQuoteParts = { party?: boolean; speaker?: boolean; topics?: boolean };

/**
 * One claim as a reader checks it: the party's exact words, then who said them, what kind of
 * claim they are, when, about which session, and the source to read them in.
 */
export function ClaimQuote({ claim, show = {} }: { claim: ClaimDTO; show?: ClaimQuoteParts }) {
  const { event, source, person, party } = claim;
  const speaker = show.speaker !== false && person;
  return (
    <figure className="border-l-2 border-accent-600 pl-3 dark:border-accent-400">
      <blockquote className="text-sm text-slate-900 dark:text-slate-100">“{claim.quote.exact}”</blockquote>
      {claim.paraphrase && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">In short: {claim.paraphrase}</p>
      )}
      <figcaption className="mt-1 text-xs text-slate-700 dark:text-slate-300">
        {speaker && (
          <>
            <Link href={`/people/${person.slug}`} prefetch={false} className={link}>
              {person.name}
            </Link>
            {show.party ? ', ' : ' · '}
          </>
        )}
        {show.party && (
          <>
            <Link href={`/parties/${party.slug}`} prefetch={false} className={link}>
              {party.name}
            </Link>
            {' · '}
          </>
        )}
        <span className="font-medium">{CLAIM_KIND_LABELS[claim.kind]}</span> ·{' '}
        <time dateTime={event.startsAt}>{formatWhen(event.startsAt, event.timeZone, event.precision)}</time> · on{' '}
        <Link href={`/events/${event.slug}`} prefetch={false} className={link}>
          {event.title}
        </Link>{' '}
        ·{' '}
        <cite>
          <a href={source.url ?? `/sources/${source.slug}`} className={link}>
            {source.title}
          </a>
        </cite>
        , {source.publisher}
        {show.topics && claim.topics.length > 0 && (
          <>
            {' · about '}
            {claim.topics.map((topic, i) => (
              <span key={topic.slug}>
                {i > 0 ? ', ' : ''}
                <Link
                  href={`/?topic=${topic.slug}`}
                  prefetch={false}
                  className={link}
                  aria-label={`What each side said about ${topic.name}`}
                >
                  {topic.name}
                </Link>
              </span>
            ))}
          </>
        )}
      </figcaption>
    </figure>
  );
}
