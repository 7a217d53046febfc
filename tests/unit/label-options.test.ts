import { describe, expect, it } from 'vitest';
import { ATTRIBUTIONS, CLAIM_KINDS, CONFIDENCES, POINT_ALIGNMENTS, SOURCE_KINDS } from '@/db/enums';
import { ATTRIBUTION_LABELS, CLAIM_KIND_LABELS, CONFIDENCE_LABELS, labelOptions, POINT_ALIGNMENT_LABELS, SOURCE_KIND_LABELS } from '@/lib/labels';

// The forms build their selects from the labels: each must offer its whole vocabulary, in order.
describe.each([
  ['claim kinds', CLAIM_KIND_LABELS, CLAIM_KINDS],
  ['attributions', ATTRIBUTION_LABELS, ATTRIBUTIONS],
  ['confidences', CONFIDENCE_LABELS, CONFIDENCES],
  ['point alignments', POINT_ALIGNMENT_LABELS, POINT_ALIGNMENTS],
  ['source kinds', SOURCE_KIND_LABELS, SOURCE_KINDS],
] as const)('labelOptions of %s', (_name, labels, values) => {
  it('lists every value in the vocabulary’s order', () => {
    expect(labelOptions(labels as Record<string, string>).map((o) => o.value)).toEqual([...values]);
  });
});
