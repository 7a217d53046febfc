'use client';
// What an edit form shows above its fields: the draft, failure and notice banners, and the
// conflict after a stale save. Every form built on use-editor opens with these two, wired the same way.
import { ConflictView } from './conflict-view';
import { FormBanners } from './form-banners';
import type { useEditor } from './use-editor';

type Editor<V extends Record<string, unknown>> = ReturnType<typeof useEditor<V>>;

export function EditorStatus<V extends Record<string, unknown>>({
  editor,
  labels,
  notice = null,
}: {
  editor: Editor<V>;
  /** The fields' names as the conflict view lists them. */
  labels: Partial<Record<string, string>>;
  /** The form's own notice, shown when the editor has none. */
  notice?: string | null;
}) {
  return (
    <>
      <FormBanners
        draft={editor.draft !== null}
        onRestore={editor.restoreDraft}
        onDiscard={editor.discardDraft}
        message={editor.message}
        notice={editor.notice ?? notice}
      />
      {editor.conflict && (
        <ConflictView
          base={editor.base}
          theirs={editor.conflict.values}
          version={editor.conflict.version}
          labels={labels}
          onReapply={editor.reapply}
          onTakeTheirs={editor.takeTheirs}
        />
      )}
    </>
  );
}
