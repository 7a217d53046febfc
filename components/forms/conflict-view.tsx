'use client';
// Shown when a save met a newer version: what the other person changed, field by field, with the
// analyst's own input still in the form below, and the way to reapply it on the new version.
import { useEffect, useRef } from 'react';
import { changedFields, describeValue } from '@/lib/merge';
import { buttonClass, secondaryButtonClass } from './field';

export function ConflictView<V extends Record<string, unknown>>({
  base,
  theirs,
  version,
  labels,
  onReapply,
  onTakeTheirs,
}: {
  base: V;
  theirs: V;
  version: number;
  labels: Partial<Record<string, string>>;
  onReapply: () => void;
  onTakeTheirs: () => void;
}) {
  const fields = changedFields(base, theirs);
  const heading = useRef<HTMLHeadingElement>(null);
  // Moving focus here tells a keyboard or screen-reader user at once why the save did not happen.
  useEffect(() => heading.current?.focus(), [version]);
  return (
    <section
      aria-labelledby="conflict-heading"
      className="rounded border-2 border-amber-600 bg-amber-50 p-4 dark:border-amber-400 dark:bg-amber-950"
    >
      <h2
        id="conflict-heading"
        ref={heading}
        tabIndex={-1}
        className="text-lg font-semibold focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
      >
        Someone else saved this while you were editing
      </h2>
      <p className="mt-1 text-sm">
        Nothing of yours was saved, and nothing you typed is lost: it is still in the form below. This is what changed
        in version {version}:
      </p>
      {fields.length === 0 ? (
        <p className="mt-2 text-sm">No field differs from what you started with (only the version moved on).</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className="pr-3">
                  Field
                </th>
                <th scope="col" className="pr-3">
                  When you started
                </th>
                <th scope="col">Their version</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((field) => (
                <tr key={field} className="align-top">
                  <th scope="row" className="pr-3 font-medium">
                    {labels[field] ?? field}
                  </th>
                  <td className="whitespace-pre-wrap pr-3">
                    <del>{describeValue(base[field])}</del>
                  </td>
                  <td className="whitespace-pre-wrap">
                    <ins>{describeValue(theirs[field])}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={buttonClass} onClick={onReapply}>
          Reapply my changes on version {version}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onTakeTheirs}>
          Discard my changes and load their version
        </button>
      </div>
    </section>
  );
}
