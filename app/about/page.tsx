import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = {
  title: 'About',
  description: 'What Parley records, where its facts come from, and how to reuse them.',
};

const link = 'underline underline-offset-2 hover:no-underline';

export default function AboutPage() {
  return (
    <article className="max-w-prose">
      <h1 className="text-3xl font-semibold tracking-tight">About Parley</h1>
      <p className="mt-4">
        Parley turns reporting on diplomatic talks into structured, sourced events: sessions, agreements, proposals,
        statements and incidents, who sat at which table in which role, and what each party says happened. Every fact
        points to the sentence of the source it comes from, with how it is attributed and how far it can be trusted.
      </p>
      <h2 className="mt-8 text-xl font-semibold tracking-tight">Times and places</h2>
      <p className="mt-2">
        Each event keeps the instant in UTC, the time zone of the place it happened in, and how precisely the source
        pins it. Dates are the local days of that place, never shifted by your own time zone.
      </p>
      <h2 className="mt-8 text-xl font-semibold tracking-tight">Reusing the data</h2>
      <p className="mt-2">
        Everything on the timeline can be read through the{' '}
        <Link href="/api-docs" className={link}>
          JSON API
        </Link>
        , downloaded as CSV, JSON or iCalendar with the filters you chose, or followed as an{' '}
        <a href="/feeds/events.atom" className={link}>
          Atom feed
        </a>{' '}
        or a{' '}
        <a href="/feeds/events.ics" className={link}>
          calendar
        </a>
        . The records are open data under{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/" className={link}>
          CC BY 4.0
        </a>
        : cite Parley and the sources it names. Quoted excerpts remain their publishers’.
      </p>
      <h2 className="mt-8 text-xl font-semibold tracking-tight">The map</h2>
      <p className="mt-2">
        The venues’ maps are drawn by this server from Natural Earth’s public-domain country outlines: no map service
        sees what you read.
      </p>
    </article>
  );
}
