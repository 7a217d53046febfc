'use server';
// The Server Actions behind the session's outcome form and the commitment's edit page: a
// commitment made at a session (with its first status), a later status change, an edit, and
// the session's other outcomes. Each goes through lib/writes like the API, then redirects to
// the page that shows the result (outside any try, as redirect throws to do its work).
import { redirect } from 'next/navigation';
import type { FieldErrors } from '@/lib/errors';
import { addStatusWrite, createWrite, sessionOutcomesWrite, updateWrite } from '@/lib/writes';
import { failure, refreshEverything } from './save-result';

export type FormState = { error: string | null; fields: FieldErrors };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
};
const list = (form: FormData, name: string) =>
  form.getAll(name).filter((value): value is string => typeof value === 'string' && value !== '');

/** The commitment's own fields, as the write schema reads them. */
function commitmentBody(form: FormData) {
  return {
    text: text(form, 'text'),
    quantity: text(form, 'quantity'),
    unit: text(form, 'unit'),
    event: text(form, 'event'),
    parties: list(form, 'parties'),
    topics: list(form, 'topics'),
    claims: list(form, 'claims'),
    startsAt: text(form, 'startsAt'),
    deadlineAt: text(form, 'deadlineAt'),
    durationDays: text(form, 'durationDays'),
    timeZone: text(form, 'timeZone'),
  };
}

/** The first status's errors under the names of the form's fields (`statusHistory.0.at` → `statusAt`). */
function formFields(fields: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(fields).map(([key, message]) => [
      key.replace(/^statusHistory\.0\.at$/, 'statusAt').replace(/^statusHistory\.0\./, ''),
      message,
    ]),
  );
}

async function failed(error: unknown): Promise<FormState> {
  const result = await failure(error, async () => null);
  return result.ok ? { error: null, fields: {} } : { error: result.error, fields: formFields(result.fields) };
}

/** A new commitment from a session's outcome form, agreed (or proposed…) at the session, with its source. */
export async function createCommitmentAction(_state: FormState, form: FormData): Promise<FormState> {
  let slug: string;
  try {
    const status = {
      status: text(form, 'status'),
      at: text(form, 'statusAt'),
      source: text(form, 'source'),
      excerpt: text(form, 'excerpt'),
    };
    const saved = await createWrite('commitment', { ...commitmentBody(form), statusHistory: [status] });
    slug = saved.slug!;
  } catch (error) {
    return failed(error);
  }
  refreshEverything();
  redirect(`/commitments/${slug}/edit?saved=1`);
}

/** The edit form: the commitment's content, its status history kept as stored. */
export async function updateCommitmentAction(_state: FormState, form: FormData): Promise<FormState> {
  let slug: string;
  try {
    const saved = await updateWrite('commitment', {
      id: Number(text(form, 'id')),
      version: Number(text(form, 'version')),
      body: commitmentBody(form),
    });
    slug = saved.slug!;
  } catch (error) {
    return failed(error);
  }
  refreshEverything();
  redirect(`/commitments/${slug}`);
}

/** One dated, sourced status change, read in the commitment's zone. */
export async function addStatusAction(_state: FormState, form: FormData): Promise<FormState> {
  const slug = text(form, 'slug') ?? '';
  try {
    await addStatusWrite(
      { id: Number(text(form, 'id')) },
      {
        version: text(form, 'version'),
        status: text(form, 'status'),
        at: text(form, 'at'),
        claimedBy: text(form, 'claimedBy'),
        source: text(form, 'source'),
        excerpt: text(form, 'excerpt'),
        note: text(form, 'note'),
      },
    );
  } catch (error) {
    return failed(error);
  }
  refreshEverything();
  redirect(`/commitments/${slug}/edit?saved=1`);
}

/** "No agreement announced" and "talks to continue on …" for a session. */
export async function sessionOutcomesAction(_state: FormState, form: FormData): Promise<FormState> {
  const slug = text(form, 'slug') ?? '';
  try {
    await sessionOutcomesWrite(
      { eventId: Number(text(form, 'eventId')) },
      {
        version: text(form, 'version'),
        noAgreement: form.get('noAgreement') === 'on',
        followUp: text(form, 'followUp'),
        note: text(form, 'note'),
      },
    );
  } catch (error) {
    return failed(error);
  }
  refreshEverything();
  redirect(`/events/${slug}`);
}
