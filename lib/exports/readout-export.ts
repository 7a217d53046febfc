// The readout comparison as a download: CSV for a spreadsheet, JSON in the API's own shape.
// Served from the read cache like the API's answer, so a repeated download costs no query.
import { getDb } from '@/db/client';
import { cachedRead } from '@/db/read-cache';
import { getEventReadouts } from '@/db/queries/readouts';
import type { READOUT_FORMATS } from '@/lib/validation/claims-query';
import { CSV_CONTENT_TYPE } from './event-csv';
import { JSON_CONTENT_TYPE } from './event-json';
import { readoutCsv } from './readout-csv';

type ReadoutFormat = (typeof READOUT_FORMATS)[number];

const CONTENT_TYPES: Record<ReadoutFormat, string> = { csv: CSV_CONTENT_TYPE, json: JSON_CONTENT_TYPE };

export async function readoutExport(request: Request, key: string, format: ReadoutFormat): Promise<Response> {
  const url = new URL(request.url);
  const { slug, body } = await cachedRead(getDb(), `GET ${url.pathname}${url.search}`, async () => {
    const readouts = await getEventReadouts({ key });
    return {
      slug: readouts.event.slug,
      body: format === 'csv' ? await readoutCsv(readouts) : `${JSON.stringify(readouts, null, 1)}\n`,
    };
  });
  return new Response(body, {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="parley-readouts-${slug}.${format}"`,
    },
  });
}
