/** An error from one of our own /api routes, with the code and message the route chose. */
export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

/** Calls one of our own JSON routes; non-2xx answers throw ApiCallError with the route's message. */
export function fetchJson<T>(
  url: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  return readJsonAnswer<T>(
    fetch(url, {
      method: init.method ?? 'GET',
      headers:
        init.body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      credentials: 'same-origin',
      cache: 'no-store',
    }),
  );
}

/** Reads the answer of a request to one of our own JSON routes, as fetchJson does. */
export async function readJsonAnswer<T>(answer: Promise<Response>): Promise<T> {
  let response: Response;
  try {
    response = await answer;
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    throw new ApiCallError(0, 'NETWORK', 'Could not reach the explorer server. Is it running?');
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const error = (json as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiCallError(
      response.status,
      error?.code ?? 'HTTP_' + response.status,
      error?.message ?? `The server answered ${response.status}.`,
      (error ?? {}) as Record<string, unknown>,
    );
  }
  return json as T;
}
