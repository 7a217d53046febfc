import Link from 'next/link';
import type { StatementDTO, StatementSubject } from '@/db/queries/people';
import { EVENT_STATUS_LABELS } from '@/lib/labels';
import { formatWhen } from '@/lib/time';
import { formatCalendarDay } from '@/lib/time';
import { CitationQuote } from './citation-quote';

function Subject({ subject }: { subject: StatementSubject }) {
  const link = 'underline hover:no-underline';
  switch (subject.type) {
    case 'event':
      return (
        <>
          On{' '}
          <Link href={`/events/${subject.slug}`} className={link}>
            {subject.title}
          </Link>{' '}
          (
          <time dateTime={subject.startsAt}>
            {formatWhen(subject.startsAt, subject.timeZone, subject.precision, subject.approximate)}
          </time>
          )
        </>
      );
    case 'status':
      return (
        <>
          On the status of{' '}
          <Link href={`/events/${subject.event.slug}`} className={link}>
            {subject.event.title}
          </Link>
          : {EVENT_STATUS_LABELS[subject.status].toLowerCase()}
        </>
      );
    case 'position':
      return (
        <>
          On{' '}
          <Link href={`/parties/${subject.party.slug}#position-${subject.topic.slug}`} className={link}>
            {subject.party.name}’s position on {subject.topic.name.toLowerCase()}
          </Link>{' '}
          ({formatCalendarDay(subject.statedOn)})
        </>
      );
    case 'affiliation':
      return (
        <>
          On{' '}
          <Link href={`/people/${subject.person.slug}`} className={link}>
            {subject.person.name}
          </Link>
          ’s title: {subject.title}
        </>
      );
  }
}

/** What a person is on record as saying, each with the fact it supports and its source. */
export function StatementList({ statements }: { statements: StatementDTO[] }) {
  if (statements.length === 0)
    return <p className="text-slate-700 dark:text-slate-300">No statements attributed in the sources so far.</p>;
  return (
    <ul className="space-y-4">
      {statements.map((statement) => (
        <li key={statement.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <p className="mb-2 text-sm font-medium">
            <Subject subject={statement.subject} />
          </p>
          <CitationQuote citation={statement} showSpeaker={false} />
        </li>
      ))}
    </ul>
  );
}
