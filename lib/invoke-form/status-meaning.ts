/** Reason phrases (RFC 9110), for when the upstream sends none (HTTP/2 has no reason phrase). */
const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  530: 'Site Frozen',
};

/** What a status means for someone calling Citrix Cloud, in their terms. */
const MEANINGS: Record<number, string> = {
  202: 'accepted for processing; DaaS runs it as a job — follow the Location to the job',
  204: 'done; there is no body',
  400: 'a parameter or the body was rejected; the body says which',
  401: 'the token is missing, expired or was rejected',
  403: 'the API client has no access to this resource (or the token belongs to another region)',
  404: 'nothing exists at this path for this customer',
  406: 'Accept must be exactly application/json',
  409: 'the resource changed or already exists; read it again and retry',
  415: 'the body must be sent as application/json',
  429: 'rate limited; wait before retrying',
  500: 'Citrix Cloud failed — on DaaS often a missing Citrix-CustomerId or Citrix-InstanceId',
  503: 'the service is unavailable; retry later',
  530: 'the DaaS site is frozen',
};

export function reasonPhrase(status: number, statusText?: string): string {
  return statusText?.trim() || REASONS[status] || '';
}

/** "401 Unauthorized — the token is missing, expired or was rejected". */
export function statusLine(status: number, statusText?: string): { label: string; meaning?: string } {
  const reason = reasonPhrase(status, statusText);
  const label = reason ? `${status} ${reason}` : String(status);
  const meaning =
    MEANINGS[status] ??
    (status >= 300 && status < 400 ? 'a redirect; the explorer shows it and does not follow it' : undefined);
  return meaning ? { label, meaning } : { label };
}

export type StatusClass = 'success' | 'redirect' | 'client-error' | 'server-error' | 'other';

export function statusClass(status: number): StatusClass {
  if (status >= 200 && status < 300) return 'success';
  if (status >= 300 && status < 400) return 'redirect';
  if (status >= 400 && status < 500) return 'client-error';
  if (status >= 500) return 'server-error';
  return 'other';
}
