import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, test } from 'vitest';
import { openApiDocument } from '@/lib/openapi/document';
import { operations } from '@/lib/openapi/operations';

describe('the OpenAPI document', () => {
  test('validates as OpenAPI 3.1 with a standard validator', async () => {
    const result = await new Validator().validate(openApiDocument());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('lists every operation of the registry, each with its parameters from the Zod schemas', () => {
    const document = openApiDocument() as { paths: Record<string, Record<string, { operationId: string; parameters?: { name: string }[] }>> };
    for (const operation of operations) expect(document.paths[operation.path][operation.method].operationId).toBe(operation.operationId);
    const list = document.paths['/api/events'].get;
    expect(list.parameters!.map((p) => p.name)).toEqual(['party', 'topic', 'person', 'kind', 'from', 'to', 'q', 'limit', 'cursor']);
    expect(document.paths['/feeds/events.atom'].get.parameters!.map((p) => p.name)).not.toContain('cursor');
  });

  test('answers with components generated from the DTO schemas, by reference', () => {
    const document = openApiDocument() as { components: { schemas: Record<string, unknown> }; paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> } }> };
    for (const id of ['EventPage', 'EventDetail', 'PartyList', 'PersonList', 'TopicList', 'SourceList', 'EventExport', 'Error']) expect(document.components.schemas).toHaveProperty(id);
    expect(document.paths['/api/events'].get.responses['200'].content!['application/json'].schema).toEqual({ $ref: '#/components/schemas/EventPage' });
  });
});
