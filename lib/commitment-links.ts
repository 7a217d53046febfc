// Addresses into the commitments tracker that pages and components share.
import { SETTLED_STATUSES } from '@/db/commitment-status';
import { COMMITMENT_STATUSES } from '@/db/enums';

/** The tracker showing every open commitment: each status but the settled ones. */
export const OPEN_COMMITMENTS_HREF = `/commitments?${COMMITMENT_STATUSES.filter(
  (status) => !SETTLED_STATUSES.includes(status),
)
  .map((status) => `status=${status}`)
  .join('&')}`;
