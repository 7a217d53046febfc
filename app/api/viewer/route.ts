// Who this browser is signed in as. Pages are cached and the same for every reader, so the
// header and the edit links ask here, in the browser, whether to show an analyst's controls.
import { currentViewer } from '@/lib/auth/session';
import { jsonRoute } from '@/lib/http';
import type { ViewerDTO } from '@/lib/validation/dto';

export const dynamic = 'force-dynamic';

export const GET = jsonRoute(async () => {
  const viewer = await currentViewer();
  const body: { viewer: ViewerDTO } = { viewer: viewer && { name: viewer.name, role: viewer.role } };
  return Response.json(body, { headers: { 'cache-control': 'private, no-store' } });
});
