// Calls a Server Action the way React's client does, without a browser: POST to a page with the
// action's id in `Next-Action` and the arguments in React's reply encoding (JSON, or multipart
// when an argument is a FormData, whose entries travel as "_1_<name>" next to the root "0").
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { actionIds } from './write-paths';

export type ActionArgument = unknown;

const FORM = Symbol('form');

/** React's reply encoding of plain values: strings that begin with "$" are escaped. */
function encode(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith('$') ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encode(item)]));
  return value;
}

let ids: ReturnType<typeof actionIds> | null = null;

export function actionTarget(action: string): { id: string; page: string } {
  ids ??= actionIds();
  const target = ids.get(action);
  if (!target) throw new Error(`${action} is not in the build's server-reference manifest: run npm run build`);
  return target;
}

export async function callAction(
  request: APIRequestContext,
  action: string,
  args: ActionArgument[],
  { headers = {}, path }: { headers?: Record<string, string>; path?: string } = {},
): Promise<APIResponse> {
  const { id, page } = actionTarget(action);
  const form = args.find((arg): arg is Record<string, string> & { [FORM]: true } =>
    Boolean(arg && typeof arg === 'object' && FORM in arg),
  );
  const allHeaders = { 'next-action': id, accept: 'text/x-component', ...headers };
  if (form) {
    const root = JSON.stringify(args.map((arg) => (arg === form ? '$K1' : encode(arg))));
    // The root goes last, as React sends it: the server resolves the root as soon as it is read,
    // so the form's fields must come first (a FormData keeps that order; an object would put "0" first).
    const multipart = new FormData();
    for (const [key, value] of Object.entries(form)) multipart.append(`_1_${key}`, value);
    multipart.append('0', root);
    return request.post(path ?? page, { headers: allHeaders, multipart });
  }
  return request.post(path ?? page, {
    headers: { 'content-type': 'text/plain;charset=UTF-8', ...allHeaders },
    data: JSON.stringify(args.map(encode)),
  });
}

/** A FormData argument (a form's fields), for actions such as `(previousState, formData)`. */
export function formData(fields: Record<string, string>): Record<string, string> {
  return Object.assign(Object.create(null), fields, { [FORM]: true });
}
