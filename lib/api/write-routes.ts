// The record API's handlers, one set for every record kind: GET reads one, POST creates, PATCH
// replaces when the version still matches (409 otherwise), DELETE soft-deletes. A write checks
// the session and role before it looks at the key or the body, so a caller without the role
// learns nothing about either (and lib/writes checks again at the write itself); the body goes
// through the same schema as the form.
import { RecordNotFoundError } from '@/db/errors';
import { commitmentById } from '@/db/queries/commitments';
import { idForKey, type SluggedTable } from '@/db/queries/references';
import { requireRole } from '@/lib/auth/session';
import { AppError, invalidInput } from '@/lib/errors';
import { cachedJson, jsonRoute } from '@/lib/http';
import { readBodyText } from '@/lib/request-body';
import { versionOnly, type WritableKind } from '@/lib/validation/writes';
import { addStatusWrite, createWrite, deleteWrite, updateWrite } from '@/lib/writes';

const TABLES: Record<Exclude<WritableKind, 'position'>, SluggedTable> = {
  event: 'events',
  party: 'parties',
  person: 'people',
  topic: 'topics',
  location: 'locations',
  source: 'sources',
  claim: 'claims',
  point: 'points',
  commitment: 'commitments',
};

type ApiKind = keyof typeof TABLES;
type ItemContext = { params: Promise<Record<string, string>> };

export async function readJson(request: Request): Promise<Record<string, unknown>> {
  if (!request.headers.get('content-type')?.includes('application/json'))
    throw new AppError('unsupported_media_type', 'Send the body as JSON (Content-Type: application/json)');
  const text = await readBodyText(request);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The body is not valid JSON', { _: 'not valid JSON' });
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new AppError('bad_request', 'The body must be a JSON object', { _: 'must be a JSON object' });
  return body as Record<string, unknown>;
}

function parseVersion(value: unknown): number {
  const result = versionOnly.safeParse({ version: value });
  if (!result.success) throw invalidInput(result.error);
  return result.data.version;
}

async function resolveId(kind: ApiKind, context: ItemContext): Promise<number> {
  const params = await context.params;
  const key = Object.values(params)[0] ?? '';
  const id = await idForKey({ table: TABLES[kind], key });
  if (id === null) throw new RecordNotFoundError(kind, key.slice(0, 200));
  return id;
}

/** GET /api/{kind}/{id or slug}: the live record as the list shows it, or a 404. */
export function readHandler(kind: ApiKind, list: (where: { id: number }) => Promise<unknown[]>) {
  return jsonRoute(async (request: Request, context: ItemContext) => {
    const id = await resolveId(kind, context);
    return cachedJson(request, async () => {
      const [record] = await list({ id });
      if (!record) throw new RecordNotFoundError(kind, id);
      return record;
    });
  });
}

/** POST /api/{kind}: 201 with the saved record. */
export function createHandler(kind: ApiKind) {
  return jsonRoute(async (request: Request) => {
    await requireRole('analyst');
    return Response.json(await createWrite(kind, await readJson(request)), { status: 201 });
  });
}

/** PATCH /api/{kind}/{id}: the new content plus the `version` it was based on; lists left out are kept. */
export function updateHandler(kind: ApiKind) {
  return jsonRoute(async (request: Request, context: ItemContext) => {
    await requireRole('analyst');
    const { version, ...body } = await readJson(request);
    const id = await resolveId(kind, context);
    return Response.json(await updateWrite(kind, { id, version: parseVersion(version), body }));
  });
}

/** DELETE /api/{kind}/{id}?version=N (or a JSON body with `version`): 204. */
export function deleteHandler(kind: ApiKind) {
  return jsonRoute(async (request: Request, context: ItemContext) => {
    await requireRole('analyst');
    const fromQuery = new URL(request.url).searchParams.get('version');
    const version = parseVersion(
      fromQuery ??
        (request.headers.get('content-type')?.includes('application/json')
          ? (await readJson(request)).version
          : undefined),
    );
    await deleteWrite(kind, { id: await resolveId(kind, context), version });
    return new Response(null, { status: 204 });
  });
}

/** POST /api/commitments/{key}/status: one dated, sourced status change with the `version` it was based on; 201 with the commitment. */
export function commitmentStatusHandler() {
  return jsonRoute(async (request: Request, context: ItemContext) => {
    await requireRole('analyst');
    const body = await readJson(request);
    const id = await resolveId('commitment', context);
    await addStatusWrite({ id }, body);
    return Response.json(await commitmentById({ id }), { status: 201 });
  });
}
