'use client';
// The source to read: its text (pasted or uploaded), when and by whom it was published, and the
// source record its citations will point to.
import { Combobox } from '@/components/forms/combobox';
import { Field, inputClass } from '@/components/forms/field';
import type { PickOption } from '@/db/queries/pick-lists';
import type { FieldErrors } from '@/lib/errors';
import { readSourceFile, SOURCE_FILE_TYPES } from './source-file';

export type SourceInput = {
  text: string;
  publishedAt: string;
  timeZone: string;
  publisher: string;
  url: string;
  source: string;
};

export function SourceInputFields({
  input,
  onChange,
  errors,
  sources,
  zones,
  onFileError,
  onCreateSource,
}: {
  input: SourceInput;
  onChange: (next: SourceInput) => void;
  errors: FieldErrors;
  sources: readonly PickOption[];
  zones: readonly PickOption[];
  onFileError: (message: string | null) => void;
  /** A source record made from this text, its publisher, date and address, named as typed. */
  onCreateSource: (title: string) => void;
}) {
  const set = <K extends keyof SourceInput>(key: K, value: SourceInput[K]) => onChange({ ...input, [key]: value });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field
        label="The source’s text"
        error={errors.text}
        className="sm:col-span-2"
        hint="Paste the article, readout or transcript, or upload it below"
      >
        {(props) => (
          <textarea
            {...props}
            rows={12}
            className={inputClass}
            value={input.text}
            onChange={(e) => set('text', e.target.value)}
          />
        )}
      </Field>
      <Field label="Or upload a file (.txt, .md, .html)" error={errors.file}>
        {(props) => (
          <input
            {...props}
            type="file"
            accept={SOURCE_FILE_TYPES}
            className="mt-1 block w-full text-sm"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              const read = await readSourceFile(file);
              onFileError('error' in read ? read.error : null);
              if ('text' in read) set('text', read.text);
            }}
          />
        )}
      </Field>
      <Combobox
        label="Source record (for citations)"
        options={sources}
        value={input.source}
        onChange={(slug) => set('source', slug)}
        onCreate={onCreateSource}
        createLabel="New source:"
        hint="The saved source this text is; citations point to it. Type a title to save this text as a new one."
      />
      <Field label="Published (local time or date)" error={errors.publishedAt}>
        {(props) => (
          <input
            {...props}
            type="text"
            placeholder="2025-03-23 or 2025-03-23T20:00"
            className={inputClass}
            value={input.publishedAt}
            onChange={(e) => set('publishedAt', e.target.value)}
          />
        )}
      </Field>
      <Combobox
        label="Publisher’s time zone"
        options={zones}
        value={input.timeZone}
        error={errors.timeZone}
        clearable={false}
        hint="Days and times are read in it unless a dateline or the text names a place"
        onChange={(zone) => set('timeZone', zone || 'UTC')}
      />
      <Field label="Publisher" error={errors.publisher}>
        {(props) => (
          <input
            {...props}
            type="text"
            className={inputClass}
            value={input.publisher}
            onChange={(e) => set('publisher', e.target.value)}
          />
        )}
      </Field>
      <Field label="Web address" error={errors.url}>
        {(props) => (
          <input
            {...props}
            type="url"
            className={inputClass}
            value={input.url}
            onChange={(e) => set('url', e.target.value)}
          />
        )}
      </Field>
    </div>
  );
}
