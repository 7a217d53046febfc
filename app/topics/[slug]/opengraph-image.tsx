import { getTopicPage } from '@/db/queries/subject-pages';
import { previewImage } from '@/lib/og/preview-image';
import { PREVIEW_SIZE, PREVIEW_TYPE } from '@/lib/og/preview-size';
import { SLUG_PATTERN } from '@/lib/validation/filters';

export const size = PREVIEW_SIZE;
export const contentType = PREVIEW_TYPE;
export const alt = 'The topic: its name, how many events it has and which parties spoke on it';

export default async function TopicPreview({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const page = SLUG_PATTERN.test(slug) && slug.length <= 100 ? await getTopicPage({ slug }) : null;
  if (!page) return previewImage({ eyebrow: 'Topic', title: 'Topic not found' });
  const { name, eventCount, description } = page.record;
  const speakers = page.said.map((group) => group.party.name);
  return previewImage({
    eyebrow: 'Topic',
    title: name,
    lines: [
      description,
      `${eventCount} ${eventCount === 1 ? 'event' : 'events'}`,
      speakers.length ? `Claims by ${speakers.join(', ')}` : '',
    ].filter(Boolean),
  });
}
