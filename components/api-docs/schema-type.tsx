// A JSON Schema (as the OpenAPI document holds it) in a few words: "string", "Event[]",
// "one of held, occurred", with component names linking to their section.
import { Breakable } from './breakable';

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  description?: string;
  default?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
};

export const schemaAnchor = (name: string) => `schema-${name}`;

export function refName(ref: string): string {
  return ref.split('/').at(-1) ?? ref;
}

export function SchemaType({ schema }: { schema: JsonSchema }) {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return (
      <a href={`#${schemaAnchor(name)}`} className="font-mono text-blue-700 underline dark:text-blue-300">
        <Breakable text={name} />
      </a>
    );
  }
  if (schema.anyOf) {
    return (
      <>
        {schema.anyOf.map((option, i) => (
          <span key={i}>
            {i > 0 && ' or '}
            <SchemaType schema={option} />
          </span>
        ))}
      </>
    );
  }
  if (schema.enum) {
    // Separated by ", ": values side by side with no space between had no place to wrap.
    return (
      <span>
        one of{' '}
        {schema.enum.map((value, i) => (
          <span key={String(value)}>
            {i > 0 && ', '}
            <code className="font-mono">
              <Breakable text={String(value)} />
            </code>
          </span>
        ))}
      </span>
    );
  }
  if (schema.type === 'array' && schema.items) {
    return (
      <span>
        list of <SchemaType schema={schema.items} />
      </span>
    );
  }
  if (schema.type === 'object' && schema.properties)
    return (
      <span>
        object (<Breakable text={Object.keys(schema.properties).join(', ')} />)
      </span>
    );
  if (schema.type === 'object' && typeof schema.additionalProperties === 'object') {
    return (
      <span>
        map of <SchemaType schema={schema.additionalProperties} />
      </span>
    );
  }
  const types = Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any');
  return <span className="font-mono">{types}</span>;
}

/** Limits worth telling a caller: "1–200", "at most 20", "default 50". */
export function constraints(schema: JsonSchema): string {
  const parts: string[] = [];
  if (schema.minimum !== undefined && schema.maximum !== undefined && Math.abs(schema.maximum) < 1e15)
    parts.push(`${schema.minimum}–${schema.maximum}`);
  if (schema.maxLength !== undefined) parts.push(`at most ${schema.maxLength} characters`);
  if (schema.maxItems !== undefined) parts.push(`at most ${schema.maxItems} values`);
  if (schema.default !== undefined && !(Array.isArray(schema.default) && schema.default.length === 0))
    parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join(', ');
}
