import type { InvokeRequestInput } from '@/lib/schemas/invoke';

/** Job states after which polling stops (DaaS `JobStatus`). */
const FINISHED = new Set(['complete', 'failed', 'canceled', 'cancelled']);

/** The `Location` header of an answer, if it has one. */
export function locationOf(headers: ReadonlyArray<readonly [string, string]>): string | undefined {
  return headers.find(([name]) => name.toLowerCase() === 'location')?.[1]?.trim() || undefined;
}

/**
 * The GET that follows a `Location` (a 202's job, a 201's new resource) through the same service:
 * the path after the service's base path, the location's query, the previous call's headers (the
 * customer and instance IDs) without its body. Undefined when the location is not under the
 * service's base path: the explorer calls only the services it knows.
 */
export function followRequest(
  location: string,
  basePath: string,
  previous: InvokeRequestInput,
): InvokeRequestInput | undefined {
  let url: URL;
  try {
    url = new URL(location, 'https://placeholder.invalid');
  } catch {
    return undefined;
  }
  const base = basePath.replace(/\/$/, '').toLowerCase();
  const index = base === '' ? 0 : url.pathname.toLowerCase().indexOf(`${base}/`);
  if (index < 0) return undefined;
  const path = url.pathname.slice(index + base.length);
  if (path === '' || path === '/') return undefined;
  const headers = (previous.headers ?? []).filter(([name]) => name.toLowerCase() !== 'content-type');
  const followed: InvokeRequestInput = {
    region: previous.region,
    serviceId: previous.serviceId,
    server: previous.server,
    method: 'GET',
    path,
    query: [...url.searchParams],
    headers,
  };
  if (previous.authorizationOverride) followed.authorizationOverride = previous.authorizationOverride;
  return followed;
}

/** A DaaS job's status from a body (`Status`), or undefined for a body that is not a job. */
export function jobStatusOf(bodyText: string): string | undefined {
  try {
    const body = JSON.parse(bodyText) as unknown;
    if (typeof body !== 'object' || body === null) return undefined;
    const status = (body as Record<string, unknown>).Status;
    return typeof status === 'string' ? status : undefined;
  } catch {
    return undefined;
  }
}

/** Whether polling should stop for this answer: the job ended, or the call itself failed. */
export function pollingDone(status: number, bodyText: string): boolean {
  if (status >= 400) return true;
  const job = jobStatusOf(bodyText);
  return job !== undefined && FINISHED.has(job.toLowerCase());
}
