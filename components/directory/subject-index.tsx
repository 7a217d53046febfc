import Link from 'next/link';
import type { LocationRecordDTO, TopicDTO } from '@/db/queries/directory';
import { PageSection } from './page-section';

const link = 'underline underline-offset-2 hover:no-underline';

function Entries({
  items,
  base,
  label,
}: {
  items: { slug: string; name: string; eventCount: number }[];
  base: string;
  label: string;
}) {
  if (items.length === 0) return <p className="text-slate-700 dark:text-slate-300">None recorded yet.</p>;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-x-4 gap-y-1">
      {items.map((item) => (
        <li key={item.slug}>
          <Link href={`/${base}/${item.slug}`} className={link}>
            {item.name}
          </Link>{' '}
          <span className="text-sm text-slate-600 dark:text-slate-400">({item.eventCount})</span>
        </li>
      ))}
    </ul>
  );
}

/** The directory's way to the topic and place pages, with how many events each has. */
export function SubjectIndex({ topics, locations }: { topics: TopicDTO[]; locations: LocationRecordDTO[] }) {
  return (
    <div className="md:grid md:grid-cols-2 md:gap-8">
      <PageSection id="topics" title="Topics">
        <Entries items={topics} base="topics" label="Topics, with their events" />
      </PageSection>
      <PageSection id="places" title="Places">
        <Entries items={locations} base="locations" label="Places, with their events" />
      </PageSection>
    </div>
  );
}
