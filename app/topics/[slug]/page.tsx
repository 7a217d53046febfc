import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { EditLink } from '@/components/auth/edit-link';
import { PageSection } from '@/components/directory/page-section';
import { PositionHistory } from '@/components/positions/position-history';
import { PartyClaims } from '@/components/subjects/party-claims';
import { SubjectEvents } from '@/components/subjects/subject-events';
import { buildPositionMatrix, listPositions } from '@/db/queries/positions';
import { getTopicPage } from '@/db/queries/subject-pages';
import { SLUG_PATTERN } from '@/lib/validation/filters';

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
      <p className="text-sm">
        <Link href="/participants#topics" className="text-slate-700 underline hover:no-underline dark:text-slate-300">
          Topics
        </Link>
      </p>
      <h1 id="topic-name" className="mt-1 text-3xl font-semibold tracking-tight">
        {topic.name}
      </h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Topic · {topic.eventCount} {topic.eventCount === 1 ? 'event' : 'events'}
      </p>
      {topic.description && <p className="mt-3 max-w-prose">{topic.description}</p>}
      <p className="mt-3 flex flex-wrap gap-2">
        <Link
          href={timelineHref}
          className="inline-block rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {topic.name} on the timeline
        </Link>
        <EditLink href={`/topics/${topic.slug}/edit`} />
      </p>

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
