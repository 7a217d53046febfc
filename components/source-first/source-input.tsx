'use client';
// The source to read: its text (pasted or uploaded), when and by whom it was published, and the
// source record its citations will point to.
import { Combobox } from '@/components/forms/combobox';
import { Field, inputClass } from '@/components/forms/field';
import { useTimeZones } from '@/components/forms/use-time-zones';
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

/** A one-line text input with its label and error, for one field of the source. */
function TextInputField({
  label,
  error,
  type,
  placeholder,
  value,
  onChange,
}: {
  label: string;
  error?: string;
  type: 'text' | 'url';
  placeholder?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label} error={error}>
      {(props) => (
        <input
          {...props}
          type={type}
          placeholder={placeholder}
          className={inputClass}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** The file upload: a readable file replaces the text, an unreadable one says why. */
function SourceFileField({
  error,
  onText,
  onFileError,
}: {
  error?: string;
  onText: (text: string) => void;
  onFileError: (message: string | null) => void;
}) {
  return (
    <Field label="Or upload a file (.txt, .md, .html)" error={error}>
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
            if ('text' in read) onText(read.text);
          }}
        />
      )}
    </Field>
  );
}

export function SourceInputFields({
  input,
  onChange,
  errors,
  sources,
  onFileError,
  onCreateSource,
}: {
  input: SourceInput;
  onChange: (next: SourceInput) => void;
  errors: FieldErrors;
  sources: readonly PickOption[];
  onFileError: (message: string | null) => void;
  /** A source record made from this text, its publisher, date and address, named as typed. */
  onCreateSource: (title: string) => void;
}) {
  const set = <K extends keyof SourceInput>(key: K, value: SourceInput[K]) => onChange({ ...input, [key]: value });
  const zones = useTimeZones();
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
      <SourceFileField error={errors.file} onText={(text) => set('text', text)} onFileError={onFileError} />
      <Combobox
        label="Source record (for citations)"
        options={sources}
        value={input.source}
        onChange={(slug) => set('source', slug)}
        onCreate={onCreateSource}
        createLabel="New source:"
        hint="The saved source this text is; citations point to it. Type a title to save this text as a new one."
      />
      <TextInputField
        label="Published (local time or date)"
        error={errors.publishedAt}
        type="text"
        placeholder="2025-03-23 or 2025-03-23T20:00"
        value={input.publishedAt}
        onChange={(value) => set('publishedAt', value)}
      />
      <Combobox
        label="Publisher’s time zone"
        options={zones}
        value={input.timeZone}
        error={errors.timeZone}
        clearable={false}
        hint="Days and times are read in it unless a dateline or the text names a place"
        onChange={(zone) => set('timeZone', zone || 'UTC')}
      />
      <TextInputField
        label="Publisher"
        error={errors.publisher}
        type="text"
        value={input.publisher}
        onChange={(value) => set('publisher', value)}
      />
      <TextInputField
        label="Web address"
        error={errors.url}
        type="url"
        value={input.url}
        onChange={(value) => set('url', value)}
      />
    </div>
  );
}
