import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { PageSection } from '@/components/directory/page-section';
import { VenueMap, venueOf } from '@/components/map/venue-map';
import { PartyClaims } from '@/components/subjects/party-claims';
import { SubjectEvents } from '@/components/subjects/subject-events';
import { getLocationPage } from '@/db/queries/subject-pages';
import { SLUG_PATTERN } from '@/lib/validation/filters';
import { RecordPageHeader } from '@/components/directory/record-page-header';

// Rendered at its first request and kept until the data changes (see db/page-cache.mjs).
export const generateStaticParams = () => [];

type Props = { params: Promise<{ slug: string }> };

const loadLocation = cache(async (slug: string) =>
  SLUG_PATTERN.test(slug) && slug.length <= 100 ? getLocationPage({ slug }) : null,
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadLocation((await params).slug);
  if (!page) return { title: 'Location not found' };
  const { name, country } = page.record;
  return {
    title: `${name}, ${country}`,
    description: `Talks, agreements and incidents in ${name}, and what each party said about them`,
  };
}

export default async function LocationPage({ params }: Props) {
  const page = await loadLocation((await params).slug);
  if (!page) notFound();
  const location = page.record;
  const timelineHref = `/?location=${location.slug}`;
  return (
    <article aria-labelledby="location-name">
      <RecordPageHeader
        headingId="location-name"
        name={location.name}
        back={{ href: '/participants#places', label: 'Places' }}
        timelineHref={timelineHref}
        editHref={`/locations/${location.slug}/edit`}
      >
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          {location.city && location.city !== location.name ? `${location.city}, ` : ''}
          {location.countryParty ? (
            <Link href={`/parties/${location.countryParty.slug}`} className="underline hover:no-underline">
              {location.country}
            </Link>
          ) : (
            location.country
          )}
          {' · '}
          {location.timeZone} · {location.eventCount} {location.eventCount === 1 ? 'event' : 'events'}
        </p>
      </RecordPageHeader>

      <VenueMap
        venues={venueOf(location, location.eventCount)}
        title={`Map: ${location.name}, ${location.country}`}
        className="mt-6 max-w-xl"
      />

      <PageSection id="events" title="Events">
        <SubjectEvents
          events={page.events}
          more={page.moreEvents}
          timelineHref={timelineHref}
          label={`Events in ${location.name}`}
        />
      </PageSection>

      <PageSection id="said" title="What each party said about them">
        <PartyClaims said={page.said} about={`the events in ${location.name}`} />
        {page.moreSaid && <p className="mt-4 text-sm">Only the newest claims are shown.</p>}
      </PageSection>
    </article>
  );
}
