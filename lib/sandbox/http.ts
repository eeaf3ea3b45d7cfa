/** Response helpers that reproduce Citrix Cloud's wire format. */

export function transactionId(request: Request): string {
  const given = request.headers.get('citrix-transactionid');
  return given && /^[A-Za-z0-9-]{1,64}$/.test(given) ? given : crypto.randomUUID();
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** Citrix's common error body: `{type, detail, parameters:[{name, value}]}`. */
export function citrixError(
  status: number,
  code: string,
  detail: string,
  parameters: Record<string, string> = {},
  headers: Record<string, string> = {},
): Response {
  return jsonResponse(
    status,
    {
      type: `https://errors-api.cloud.com/${code}`,
      detail,
      parameters: Object.entries(parameters).map(([name, value]) => ({ name, value })),
    },
    headers,
  );
}

/** The API gateway's bare 500, e.g. for DaaS without Citrix-CustomerId. */
export function gatewayInternalError(): Response {
  return jsonResponse(500, {
    statusCode: 500,
    message: 'Internal server error',
    activityId: crypto.randomUUID(),
  });
}
