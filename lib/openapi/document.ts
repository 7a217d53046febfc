// The OpenAPI 3.1 document, generated from the operation list and the Zod schemas it names.
// Schemas with an id (`.meta({ id })`) become components and are referenced, never copied.
import { z } from 'zod';
import { operations, type Operation, type ResponseSpec } from './operations';

type JsonSchema = Record<string, unknown>;

const componentRef = (id: string) => `#/components/schemas/${id}`;

function withoutDialect(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/**
 * A response schema by reference to its component; a request body inline, whole, as its input
 * type (what a client sends, before coercions and defaults). The components are output types,
 * so a body never refers to them: an empty metadata registry keeps every part inline.
 */
function schemaRef(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const id = z.globalRegistry.get(schema)?.id;
  if (id && io === 'output') return { $ref: componentRef(id) };
  return withoutDialect(
    z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      unrepresentable: 'any',
      metadata: io === 'input' ? z.registry<{ id?: string }>() : z.globalRegistry,
      reused: 'inline',
    }) as JsonSchema,
  );
}

function parameters(operation: Operation): JsonSchema[] {
  const list: JsonSchema[] = [];
  for (const [name, field] of Object.entries(operation.pathParams ?? {})) {
    const schema = withoutDialect(z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
    list.push({ name, in: 'path', required: true, description: schema.description, schema });
  }
  for (const [name, field] of Object.entries(operation.query ?? {})) {
    const schema = withoutDialect(z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
    const parameter: JsonSchema = { name, in: 'query', required: false, schema };
    const description = operation.queryDescriptions?.[name] ?? schema.description;
    if (description) parameter.description = description;
    if (schema.type === 'array') Object.assign(parameter, { style: 'form', explode: true });
    list.push(parameter);
  }
  return list;
}

function response(spec: ResponseSpec): JsonSchema {
  const out: JsonSchema = { description: spec.description };
  if (spec.body && 'schema' in spec.body)
    out.content = { [spec.body.contentType ?? 'application/json']: { schema: schemaRef(spec.body.schema) } };
  else if (spec.body) out.content = { [spec.body.text]: { schema: { type: 'string' } } };
  if (spec.headers)
    out.headers = Object.fromEntries(
      Object.entries(spec.headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }]),
    );
  return out;
}

function operationObject(operation: Operation): JsonSchema {
  const out: JsonSchema = { operationId: operation.operationId, tags: [operation.tag], summary: operation.summary };
  if (operation.description) out.description = operation.description;
  const params = parameters(operation);
  if (params.length) out.parameters = params;
  if (operation.requestBody) {
    out.requestBody = {
      required: true,
      description: operation.requestBody.description,
      content: {
        [operation.requestBody.contentType ?? 'application/json']: {
          schema: schemaRef(operation.requestBody.schema, 'input'),
        },
      },
    };
  }
  if (operation.security) out.security = operation.security.map((scheme) => ({ [scheme]: [] }));
  out.responses = Object.fromEntries(
    Object.entries(operation.responses).map(([status, spec]) => [status, response(spec)]),
  );
  return out;
}

/**
 * Every schema with an id that the operations answer with, nested ones included, converted
 * together from the very objects the operations hold. Not the global registry whole: a build
 * evaluates dto.ts once in each bundle that holds it, each evaluation registers its own "Party",
 * and converting two schemas under one id fails ("Duplicate schema id").
 */
function components(list: readonly Operation[]): Record<string, JsonSchema> {
  const answered = new Map<string, z.ZodType>();
  for (const operation of list) {
    for (const { body } of Object.values(operation.responses)) {
      const id = body && 'schema' in body ? z.globalRegistry.get(body.schema)?.id : undefined;
      if (id && body && 'schema' in body) answered.set(id, body.schema);
    }
  }
  const all = z.toJSONSchema(z.object(Object.fromEntries(answered)), {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    metadata: z.globalRegistry,
  });
  const defs = JSON.stringify(all.$defs ?? {}).replaceAll('"#/$defs/', `"${componentRef('')}`);
  return Object.fromEntries(
    Object.entries(JSON.parse(defs) as Record<string, JsonSchema>).map(([id, schema]) => [id, withoutDialect(schema)]),
  );
}

export function openApiDocument(list: readonly Operation[] = operations): JsonSchema {
  const paths: Record<string, JsonSchema> = {};
  for (const operation of list) (paths[operation.path] ??= {})[operation.method] = operationObject(operation);
  const schemas = components(list);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parley API',
      version: '1',
      summary: 'Diplomatic talks as structured, sourced events',
      description: [
        'Reads are public and answer JSON. Times are ISO 8601 UTC instants, with the IANA zone each event is reported in.',
        'Errors are `{ error, code, fields? }`, **never** with a stack trace:',
        [
          '- `400`: a bad parameter or field, named in `fields`',
          '- `404`: no such record',
          '- `413`: a body over the limit',
          '- `500`: a fault on the server',
        ].join('\n'),
      ].join('\n\n'),
    },
    tags: [...new Set(list.map((operation) => operation.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas,
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'better-auth.session_token',
          description: 'The sign-in session of the web app',
        },
        bearer: { type: 'http', scheme: 'bearer', description: 'A personal API token, created on the account page' },
      },
    },
  };
}
