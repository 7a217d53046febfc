import type { Metadata } from 'next';
import { PositionMatrix } from '@/components/positions/position-matrix';
import { getPositionMatrix } from '@/db/queries/positions';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Positions' };

export default async function PositionsPage() {
  const matrix = await getPositionMatrix();
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Positions</h1>
      <p className="mt-1 mb-4 max-w-prose text-slate-700 dark:text-slate-300">
        What each party insists on, topic by topic: the latest stated position with the words behind it, when it was
        stated, and its sources. A mark shows where a position changed over time; each cell opens its history.
      </p>
      <PositionMatrix matrix={matrix} />
    </>
  );
}
