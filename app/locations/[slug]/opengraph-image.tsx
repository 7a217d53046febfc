import { getLocationPage } from '@/db/queries/subject-pages';
import { previewImage } from '@/lib/og/preview-image';
import { PREVIEW_SIZE, PREVIEW_TYPE } from '@/lib/og/preview-size';
import { SLUG_PATTERN } from '@/lib/validation/filters';

export const size = PREVIEW_SIZE;
export const contentType = PREVIEW_TYPE;
export const alt = 'The place: its name, country and how many events were held there';

export default async function LocationPreview({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const page = SLUG_PATTERN.test(slug) && slug.length <= 100 ? await getLocationPage({ slug }) : null;
  if (!page) return previewImage({ eyebrow: 'Place', title: 'Place not found' });
  const { name, country, eventCount } = page.record;
  return previewImage({
    eyebrow: 'Place',
    title: `${name}, ${country}`,
    lines: [`${eventCount} ${eventCount === 1 ? 'event' : 'events'} held here`],
  });
}
