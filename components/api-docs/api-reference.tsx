// The API reference, rendered on the server from the OpenAPI document: operations by tag with
// their parameters and answers, then every schema with its fields. Plain HTML, no script.
import { Breakable } from './breakable';
import { Prose } from './prose';
import { constraints, refName, schemaAnchor, SchemaType, type JsonSchema } from './schema-type';

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema: JsonSchema };
type Response = { description: string; content?: Record<string, { schema: JsonSchema }> };
type OperationObject = {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  parameters?: Parameter[];
  security?: Record<string, string[]>[];
  responses: Record<string, Response>;
};
export type OpenApiDocument = {
  info: { title: string; description?: string };
  tags: { name: string }[];
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, JsonSchema> };
};

// Tables size their columns by content (no fixed layout): code breaks only where Breakable puts
// a <wbr>, prose only between words, so no word is cut in two. Below the `sm` breakpoint the
// type sits under the name instead of in a column of its own, so a table fits a 360 px screen
// without scrolling. `break-words` is the last resort for a token longer than the screen.
const cell = 'border-b border-slate-200 px-1.5 py-1.5 align-top text-left break-words sm:px-2 dark:border-slate-700';
const typeCell = `${cell} hidden sm:table-cell`;

/** A name's type, shown under it on a narrow screen (the Type column is hidden there). */
function NarrowType({ children }: { children: React.ReactNode }) {
  return <span className="block font-sans text-xs sm:hidden">{children}</span>;
}

function ParameterType({ parameter }: { parameter: Parameter }) {
  return (
    <>
      <SchemaType schema={parameter.schema} />
      {constraints(parameter.schema) && (
        <span className="block text-xs text-slate-600 dark:text-slate-400">{constraints(parameter.schema)}</span>
      )}
    </>
  );
}

function Parameters({ parameters }: { parameters: Parameter[] }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Parameters</caption>
      <thead>
        <tr>
          <th scope="col" className={cell}>
            Parameter
          </th>
          <th scope="col" className={typeCell}>
            Type
          </th>
          <th scope="col" className={cell}>
            Meaning
          </th>
        </tr>
      </thead>
      <tbody>
        {parameters.map((p) => (
          <tr key={`${p.in}-${p.name}`}>
            <th scope="row" className={`${cell} font-mono font-normal`}>
              <Breakable text={p.name} />
              <NarrowType>
                <ParameterType parameter={p} />
              </NarrowType>
              <span className="block font-sans text-xs text-slate-600 dark:text-slate-400">
                in {p.in}
                {p.required && ', required'}
              </span>
            </th>
            <td className={typeCell}>
              <ParameterType parameter={p} />
            </td>
            <td className={cell}>
              <Prose text={p.description} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Operation({ method, path, operation }: { method: string; path: string; operation: OperationObject }) {
  return (
    <article
      id={operation.operationId}
      className="space-y-3 rounded-lg border border-slate-200 p-3 sm:p-4 dark:border-slate-700"
    >
      <h3 className="flex flex-wrap items-baseline gap-2 font-mono text-base">
        <span className="rounded bg-slate-800 px-1.5 py-0.5 text-xs font-semibold uppercase text-white dark:bg-slate-200 dark:text-slate-900">
          {method}
        </span>
        <span className="min-w-0">
          <Breakable text={path} />
        </span>
      </h3>
      <p className="font-medium">
        <Prose text={operation.summary} />
      </p>
      <Prose block text={operation.description} className="text-sm text-slate-700 dark:text-slate-300" />
      {operation.security && (
        <p className="text-sm">
          Needs a sign-in session or a personal API token (<code>Authorization: Bearer …</code>).
        </p>
      )}
      {operation.parameters && <Parameters parameters={operation.parameters} />}
      <dl className="space-y-1 text-sm">
        {Object.entries(operation.responses).map(([status, response]) => (
          <div key={status} className="flex flex-wrap gap-x-2">
            <dt className="font-mono font-semibold">{status}</dt>
            <dd>
              <Prose text={response.description} />
              {Object.entries(response.content ?? {}).map(([type, media]) => (
                <span key={type}>
                  {' '}
                  ·{' '}
                  <code>
                    <Breakable text={type} />
                  </code>{' '}
                  <SchemaType schema={media.schema} />
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}

function Schema({ name, schema }: { name: string; schema: JsonSchema }) {
  const required = new Set(schema.required ?? []);
  return (
    <section
      id={schemaAnchor(name)}
      aria-labelledby={`${schemaAnchor(name)}-name`}
      className="scroll-mt-4 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
    >
      <h3 id={`${schemaAnchor(name)}-name`} className="font-mono font-semibold">
        <Breakable text={name} />
      </h3>
      <Prose block text={schema.description} className="mt-2 text-sm" />
      {schema.properties ? (
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">Fields of {name}</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>
                Field
              </th>
              <th scope="col" className={typeCell}>
                Type
              </th>
              <th scope="col" className={cell}>
                Meaning
              </th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(schema.properties).map(([field, property]) => (
              <tr key={field}>
                <th scope="row" className={`${cell} font-mono font-normal`}>
                  <Breakable text={field} />
                  <NarrowType>
                    <SchemaType schema={property} />
                  </NarrowType>
                  {!required.has(field) && (
                    <span className="block font-sans text-xs text-slate-600 dark:text-slate-400">optional</span>
                  )}
                </th>
                <td className={typeCell}>
                  <SchemaType schema={property} />
                </td>
                <td className={cell}>
                  <Prose text={property.description} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-2 text-sm">
          <SchemaType schema={schema} />
        </p>
      )}
    </section>
  );
}

/** `children` sits under the introduction: the page puts the whole-archive downloads there. */
export function ApiReference({ document, children }: { document: OpenApiDocument; children?: React.ReactNode }) {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{document.info.title}</h1>
        <Prose block text={document.info.description} className="text-slate-700 dark:text-slate-300" />
        <p>
          The machine-readable description:{' '}
          <a href="/api/openapi.json" className="text-blue-700 underline dark:text-blue-300">
            /api/openapi.json
          </a>{' '}
          (OpenAPI 3.1).
        </p>
        {children}
        <nav aria-label="Sections">
          <ul className="flex flex-wrap gap-x-4 text-sm">
            {document.tags.map((tag) => (
              <li key={tag.name}>
                <a href={`#tag-${tag.name}`} className="underline">
                  {tag.name}
                </a>
              </li>
            ))}
            <li>
              <a href="#schemas" className="underline">
                Schemas
              </a>
            </li>
          </ul>
        </nav>
      </header>
      {document.tags.map((tag) => (
        <section key={tag.name} aria-labelledby={`tag-${tag.name}`} className="space-y-4">
          <h2 id={`tag-${tag.name}`} className="text-xl font-semibold">
            {tag.name}
          </h2>
          {operations
            .filter(({ operation }) => operation.tags.includes(tag.name))
            .map(({ path, method, operation }) => (
              <Operation key={`${method} ${path}`} method={method} path={path} operation={operation} />
            ))}
        </section>
      ))}
      <section aria-labelledby="schemas" className="space-y-2">
        <h2 id="schemas" className="text-xl font-semibold">
          Schemas
        </h2>
        {Object.entries(document.components.schemas).map(([name, schema]) => (
          <Schema key={name} name={refName(name)} schema={schema} />
        ))}
      </section>
    </div>
  );
}
