import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { PageSection } from '@/components/directory/page-section';
import { PositionHistory } from '@/components/positions/position-history';
import { PartyClaims } from '@/components/subjects/party-claims';
import { SubjectEvents } from '@/components/subjects/subject-events';
import { buildPositionMatrix, listPositions } from '@/db/queries/positions';
import { getTopicPage } from '@/db/queries/subject-pages';
import { SLUG_PATTERN } from '@/lib/validation/filters';
import { RecordPageHeader } from '@/components/directory/record-page-header';

// Rendered at its first request and kept until the data changes (see db/page-cache.mjs).
export const generateStaticParams = () => [];

type Props = { params: Promise<{ slug: string }> };

const loadTopic = cache(async (slug: string) =>
  SLUG_PATTERN.test(slug) && slug.length <= 100 ? getTopicPage({ slug }) : null,
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadTopic((await params).slug);
  return page
    ? {
        title: page.record.name,
        description: page.record.description || `Events, claims and positions on ${page.record.name}`,
      }
    : { title: 'Topic not found' };
}

export default async function TopicPage({ params }: Props) {
  const page = await loadTopic((await params).slug);
  if (!page) notFound();
  const topic = page.record;
  const positions = (await listPositions()).filter((position) => position.topic.slug === topic.slug);
  const timelineHref = `/?topic=${topic.slug}`;
  return (
    <article aria-labelledby="topic-name">
      <RecordPageHeader
        headingId="topic-name"
        name={topic.name}
        back={{ href: '/participants#topics', label: 'Topics' }}
        description={topic.description}
        timelineHref={timelineHref}
        editHref={`/topics/${topic.slug}/edit`}
      >
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          Topic · {topic.eventCount} {topic.eventCount === 1 ? 'event' : 'events'}
        </p>
      </RecordPageHeader>

      <PageSection id="said" title="What each party said">
        <PartyClaims said={page.said} about={topic.name} />
        {page.moreSaid && <p className="mt-4 text-sm">Only the newest claims are shown.</p>}
      </PageSection>

      <PageSection id="positions" title="Positions over time">
        <PositionHistory cells={buildPositionMatrix(positions).cells} by="party" />
      </PageSection>

      <PageSection id="events" title="Events">
        <SubjectEvents
          events={page.events}
          more={page.moreEvents}
          timelineHref={timelineHref}
          label={`Events on ${topic.name}`}
        />
      </PageSection>
    </article>
  );
}
