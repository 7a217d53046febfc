// Reads while an import runs: GET /api/events?limit=1 on its own, then while an analyst's dry run
// of a 12,000-event import is checked on the same server. The file is the server's own export of
// the archive's first 12,000 events (cut by date: generated events are in time order), so the
// import matches every row to a stored event, the heaviest kind of check.
import http from 'node:http';
import { parse } from 'csv-parse/sync';
import { MAX_IMPORT_BYTES } from '@/lib/import/limits';
import { sample, summarise, type Measurement, type Sample } from './load';
import type { AuthHeader } from './writes';

export const IMPORT_EVENTS = 12_000;
/** Reads during the import are taken in short runs until its answer arrives. */
const SLICE_SECONDS = 0.5;
const READ_PATH = '/api/events?limit=1';

export type ImportLoad = {
  readPath: string;
  file: { format: 'json' | 'csv'; events: number; bytes: number };
  importSeconds: number;
  importStatus: number;
  alone: Measurement;
  duringImport: Measurement;
  /** p95 during the import over p95 alone; the aim is at most 3. */
  p95Ratio: number;
};

async function exportOfFirstEvents(origin: string, count: number): Promise<{ text: string; format: 'json' | 'csv' }> {
  const last = await fetch(`${origin}/api/events/archive-event-${count}`);
  if (!last.ok) throw new Error(`the archive has no event archive-event-${count}; generate at least ${count} events`);
  const { startsAt } = (await last.json()) as { startsAt: string };
  // An instant `to` is exclusive: a millisecond later takes in the last event itself.
  const to = new Date(Date.parse(startsAt) + 1).toISOString();
  // The JSON export carries citations and history; when it is over the upload limit the CSV,
  // one line per event, stands in.
  for (const format of ['json', 'csv'] as const) {
    const text = await (await fetch(`${origin}/api/exports/events.${format}?to=${encodeURIComponent(to)}`)).text();
    if (Buffer.byteLength(text) <= MAX_IMPORT_BYTES) return { text, format };
  }
  throw new Error(
    `the export of ${count} events is over the ${MAX_IMPORT_BYTES / 1024 / 1024} MB upload limit even as CSV`,
  );
}

/**
 * POSTs a form and resolves with the status once the whole answer is in. Not fetch: its client
 * gives up after five minutes without response headers, and an import under full read load on a
 * busy machine may take longer.
 */
async function postWithoutTimeout(url: string, headers: AuthHeader, form: FormData): Promise<number> {
  const encoded = new Response(form);
  const body = Buffer.from(await encoded.arrayBuffer());
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': encoded.headers.get('content-type')!, 'content-length': body.length },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** `archiveEvents` bounds the file on an archive smaller than 12,000 events. */
export async function readsDuringImport({
  origin,
  auth,
  archiveEvents,
  connections,
  seconds,
}: {
  origin: string;
  auth: AuthHeader;
  archiveEvents: number;
  connections: number;
  seconds: number;
}): Promise<ImportLoad> {
  const url = `${origin}${READ_PATH}`;
  const { text, format } = await exportOfFirstEvents(origin, Math.min(IMPORT_EVENTS, archiveEvents));
  const events =
    format === 'json'
      ? (JSON.parse(text) as { items: unknown[] }).items.length
      : parse(text, { bom: true, columns: true }).length;
  const alone = summarise([await sample({ url, connections, seconds })]);

  const form = new FormData();
  form.set('file', new File([text], `bench-import.${format}`));
  form.set('dryRun', 'true');
  const started = performance.now();
  let answered = false;
  const importing = postWithoutTimeout(`${origin}/api/imports`, auth, form).then((status) => {
    answered = true;
    return { status, seconds: (performance.now() - started) / 1000 };
  });
  const during: Sample[] = [];
  while (!answered) during.push(await sample({ url, connections, seconds: SLICE_SECONDS }));
  const outcome = await importing;
  if (outcome.status !== 200) throw new Error(`the dry run of the import answered ${outcome.status}`);
  const duringImport = summarise(during);
  return {
    readPath: READ_PATH,
    file: { format, events, bytes: Buffer.byteLength(text) },
    importSeconds: outcome.seconds,
    importStatus: outcome.status,
    alone,
    duringImport,
    p95Ratio: duringImport.p95Ms / alone.p95Ms,
  };
}
