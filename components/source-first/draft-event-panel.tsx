'use client';
// The draft event beside the source, and the way on to the event form. A record created from a
// name the extractor did not know joins the draft at once, in the list it was named from.
import type { PickOption } from '@/db/queries/pick-lists';
import { buttonClass } from '@/components/forms/field';
import type { CreateRequest } from '@/components/forms/record-fields';
import type { Extraction } from '@/lib/extract/extract';
import type { Review } from '@/lib/source-first';
import { DraftReview } from './draft-review';

export function DraftEventPanel({
  review,
  extraction,
  locations,
  onChange,
  requestCreate,
  hasSource,
  onOpen,
}: {
  review: Review;
  extraction: Extraction;
  locations: readonly PickOption[];
  onChange: (next: Review) => void;
  requestCreate: CreateRequest;
  /** Citations point to the source record, so the form waits for one while there are any. */
  hasSource: boolean;
  onOpen: () => void;
}) {
  const needsSource = !hasSource && review.citations.length > 0;
  return (
    <div className="min-w-0">
      <h2 className="mb-3 text-lg font-semibold">Draft event</h2>
      <DraftReview
        review={review}
        extraction={extraction}
        locations={locations}
        onChange={onChange}
        onCreate={(kind, name, list) =>
          requestCreate(kind, name, (slug, option) => {
            const choice = { slug, name: option.label, accepted: true };
            if (list === 'parties')
              onChange({ ...review, parties: [...review.parties, { ...choice, role: 'delegation' }] });
            else if (list === 'people')
              onChange({ ...review, people: [...review.people, { ...choice, role: 'delegate', onBehalfOf: '' }] });
            else onChange({ ...review, location: slug });
          })
        }
      />
      <div className="mt-6 flex flex-wrap gap-2">
        <button type="button" className={buttonClass} onClick={onOpen} disabled={needsSource}>
          Open event form
        </button>
      </div>
      {needsSource && <p className="mt-2 text-sm">Choose the source record above: citations point to it.</p>}
    </div>
  );
}
