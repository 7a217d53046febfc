'use client';
// The time zones a form offers: every zone the browser knows, UTC first.
import { useMemo } from 'react';
import type { PickOption } from '@/db/queries/pick-lists';

export function useTimeZones(): PickOption[] {
  return useMemo(() => ['UTC', ...Intl.supportedValuesOf('timeZone')].map((zone) => ({ slug: zone, label: zone })), []);
}
