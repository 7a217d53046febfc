import { listChanges } from '@/db/queries/changes';
import { siteOrigin } from '@/lib/auth/origin';
import { invalidInput } from '@/lib/errors';
import { changesAtom } from '@/lib/exports/changes-atom';
import { ATOM_CONTENT_TYPE } from '@/lib/exports/event-atom';
import { jsonRoute } from '@/lib/http';
import { parseChangesQuery } from '@/lib/validation/changes';

export const GET = jsonRoute(async (request: Request) => {
  const url = new URL(request.url);
  const parsed = parseChangesQuery(url.searchParams);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { items } = await listChanges(parsed.data);
  // Links point where readers reach this site, not at the address the server listens on.
  const origin = siteOrigin(request.headers) ?? url.origin;
  const body = changesAtom({
    changes: items,
    selfUrl: `${origin}${url.pathname}${url.search}`,
    origin,
    updated: items[0]?.at ?? parsed.data.until,
  });
  return new Response(body, {
    headers: { 'content-type': ATOM_CONTENT_TYPE, 'cache-control': 'no-cache' },
  });
});
