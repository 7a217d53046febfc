import { getEvent } from '@/db/queries/events';
import { EVENT_KIND_LABELS } from '@/lib/labels';
import { previewImage } from '@/lib/og/preview-image';
import { PREVIEW_SIZE, PREVIEW_TYPE } from '@/lib/og/preview-size';
import { formatEventWhen } from '@/lib/time';
import { SLUG_PATTERN } from '@/lib/validation/filters';

export const size = PREVIEW_SIZE;
export const contentType = PREVIEW_TYPE;
export const alt = 'The event: its kind, title, time, place and parties';

/** An event's link preview: kind, title, when in the venue's clock, where, and who took part. */
export default async function EventPreview({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const event = SLUG_PATTERN.test(slug) && slug.length <= 200 ? await getEvent({ key: slug }) : null;
  if (!event) return previewImage({ eyebrow: 'Event', title: 'Event not found' });
  const place = event.location ? `${event.location.name}, ${event.location.country}` : '';
  const parties = event.parties.filter((party) => party.role !== 'referenced').map((party) => party.name);
  return previewImage({
    eyebrow: EVENT_KIND_LABELS[event.kind],
    title: event.title,
    lines: [formatEventWhen(event), place, parties.join(', ')].filter(Boolean),
  });
}
