'use client';
// Reading the source: the request is checked here first, then read on the server; a new reading
// replaces the review with the one proposed from it, and errors stay beside their fields.
import { useState } from 'react';
import type { PickLists } from '@/db/queries/pick-lists';
import type { FieldErrors } from '@/lib/errors';
import { initialReview } from '@/lib/source-first';
import { checkSourceRequest, readSource } from './read-source';
import type { ReviewState } from './use-review-draft';

export function useSourceReading(state: ReviewState, update: (next: ReviewState) => void, lists: PickLists) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  async function read() {
    setMessage(null);
    const { request, errors: wrong } = checkSourceRequest(state.input);
    if (wrong) {
      setErrors(wrong);
      return;
    }
    setReading(true);
    const outcome = await readSource(request);
    setReading(false);
    if (outcome.kind === 'unreachable') {
      setMessage('The server could not be reached. Your text is kept here; try again.');
    } else if (outcome.kind === 'refused') {
      setErrors(outcome.errors);
      setMessage(outcome.message);
    } else {
      setErrors({});
      const review = initialReview(outcome.extraction, request.text, lists);
      update({ ...state, read: { text: request.text, extraction: outcome.extraction, review } });
    }
  }

  return { errors, setErrors, message, reading, read };
}
