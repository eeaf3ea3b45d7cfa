/** An error our own API answers with: a status, a stable code and a message a person understands. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiErrorBody {
  error: { code: string; message: string } & Record<string, unknown>;
}

/** Every API response is private and uncacheable. */
export const API_HEADERS = { 'cache-control': 'no-store' } as const;

export function jsonOk(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { ...API_HEADERS, ...init.headers } });
}

/** Maps anything thrown in a route handler to a JSON error; unknown errors become a generic 500. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) {
    const body: ApiErrorBody = { error: { code: error.code, message: error.message, ...error.extra } };
    return Response.json(body, { status: error.status, headers: { ...API_HEADERS, ...error.headers } });
  }
  // Never echo an unknown error: it could carry request data. Log its name only.
  console.error(JSON.stringify({ event: 'unhandled_error', name: (error as Error)?.name ?? typeof error }));
  const body: ApiErrorBody = { error: { code: 'INTERNAL', message: 'Something went wrong on our side.' } };
  return Response.json(body, { status: 500, headers: API_HEADERS });
}
