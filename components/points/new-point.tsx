'use client';
// The blank point form under a session's points: after a save it starts blank again for the next.
import { useState } from 'react';
import type { PickLists } from '@/db/queries/pick-lists';
import { PointForm, type PointClaimOption } from './point-form';

export function NewPoint({
  event,
  claims,
  lists,
}: {
  event: string;
  claims: readonly PointClaimOption[];
  lists: PickLists;
}) {
  const [made, setMade] = useState(0);
  return (
    <PointForm
      key={made}
      initial={{ event, label: '', alignment: 'agreed', note: '', topics: [], claims: [] }}
      target={null}
      draftKey={`parley:draft:point:new:${event}`}
      claims={claims}
      lists={lists}
      onCreated={() => setMade((n) => n + 1)}
    />
  );
}
