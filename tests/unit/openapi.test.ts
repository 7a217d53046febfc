import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { eventDetailSchema, errorSchema } from '@/lib/validation/dto';
import { openApiDocument } from '@/lib/openapi/document';
import { operations, type Operation } from '@/lib/openapi/operations';

describe('the OpenAPI document', () => {
  test('validates as OpenAPI 3.1 with a standard validator', async () => {
    const result = await new Validator().validate(openApiDocument());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('lists every operation of the registry, each with its parameters from the Zod schemas', () => {
    const document = openApiDocument() as {
      paths: Record<string, Record<string, { operationId: string; parameters?: { name: string }[] }>>;
    };
    for (const operation of operations)
      expect(document.paths[operation.path][operation.method].operationId).toBe(operation.operationId);
    const list = document.paths['/api/events'].get;
    expect(list.parameters!.map((p) => p.name)).toEqual([
      'party',
      'partyMatch',
      'topic',
      'person',
      'personMatch',
      'location',
      'kind',
      'from',
      'to',
      'q',
      'limit',
      'cursor',
      'asOf',
    ]);
    expect(document.paths['/feeds/events.atom'].get.parameters!.map((p) => p.name)).not.toContain('cursor');
    expect(document.paths['/api/events/{key}'].get.parameters!.map((p) => p.name)).toEqual(['key', 'asOf']);
    expect(document.paths['/api/changes'].get.parameters!.map((p) => p.name)).toEqual([
      'since',
      'until',
      'party',
      'topic',
      'kind',
    ]);
  });

  test('answers with components generated from the DTO schemas, by reference', () => {
    const document = openApiDocument() as {
      components: { schemas: Record<string, unknown> };
      paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> } }>;
    };
    for (const id of [
      'EventPage',
      'EventDetail',
      'PartyList',
      'PersonList',
      'TopicList',
      'SourceList',
      'EventExport',
      'Error',
    ])
      expect(document.components.schemas).toHaveProperty(id);
    expect(document.paths['/api/events'].get.responses['200'].content!['application/json'].schema).toEqual({
      $ref: '#/components/schemas/EventPage',
    });
  });

  test('a write endpoint is documented by adding one entry to the registry', async () => {
    const write: Operation = {
      method: 'post',
      path: '/api/events',
      operationId: 'createEvent',
      tag: 'Events',
      summary: 'Create an event',
      security: ['session', 'bearer'],
      requestBody: {
        schema: z.object({
          title: z.string().min(1),
          limit: z.coerce.number().int().default(1),
          parties: z.array(eventDetailSchema.shape.parties.element),
          location: eventDetailSchema.shape.location,
        }),
      },
      responses: {
        201: { description: 'Created', body: { schema: eventDetailSchema } },
        400: { description: 'Invalid', body: { schema: errorSchema } },
      },
    };
    const document = openApiDocument([...operations, write]) as {
      paths: Record<
        string,
        Record<
          string,
          { security?: unknown; requestBody?: { content: Record<string, { schema: { required?: string[] } }> } }
        >
      >;
    };
    expect((await new Validator().validate(document)).valid).toBe(true);
    const post = document.paths['/api/events'].post;
    expect(post.security).toEqual([{ session: [] }, { bearer: [] }]);
    expect(post.requestBody!.content['application/json'].schema.required).toEqual(['title', 'parties', 'location']);
    expect(JSON.stringify(post.requestBody)).not.toContain('$ref');
  });

  test('names each kind with its article: "Create an event", "Delete a party"', () => {
    const summaries = operations.map((operation) => operation.summary);
    expect(summaries).toContain('Create an event');
    expect(summaries).toContain('Create a location');
    expect(summaries.filter((summary) => /\ba [aeio]/.test(summary))).toEqual([]);
  });

  test('every $ref points at a component the document holds', () => {
    const document = openApiDocument() as { components: { schemas: Record<string, unknown> } };
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs)
      expect(Object.keys(document.components.schemas)).toContain(ref.replace('#/components/schemas/', ''));
  });
});

describe('the schema registry behind the document', () => {
  test('stays whole when the schema modules are evaluated again, as a second bundle of the build does', async () => {
    vi.resetModules();
    // A bundle loaded later evaluates dto.ts again, while the operations of the first still refer to its schemas.
    await import('@/lib/validation/dto');
    expect(() => openApiDocument()).not.toThrow();
    const { openApiDocument: second } = await import('@/lib/openapi/document');
    expect(Object.keys((second() as { components: { schemas: object } }).components.schemas)).toContain('Party');
  });
});
