/** A GET of the JSON API from the browser; the API's own error message becomes the error's. */
export async function getJson<T>(path: string, params: URLSearchParams, signal: AbortSignal): Promise<T> {
  const response = await fetch(`${path}?${params}`, { signal, headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok)
    throw new Error(typeof body?.error === 'string' ? body.error : `The server answered ${response.status}`);
  return body as T;
}
