import { isRecord } from '@/lib/json/is-record';
import { parseBody } from '@/lib/troubleshoot/body';

/** A DaaS job id: a GUID in practice; anything else plain and short is accepted, nothing else. */
const JOB_ID = /^[A-Za-z0-9._-]{1,128}$/;
const JOBS_SEGMENT = /\/Jobs\/([^/?#]+)/i;

function plainId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return undefined;
  }
  return JOB_ID.test(decoded) ? decoded : undefined;
}

/**
 * The DaaS job a call started or read: a `202`'s `Location: …/Jobs/{id}`, a body's `JobId`, or
 * the `/Jobs/{id}` the call itself read. Undefined when the call has nothing to do with a job.
 */
export function jobIdOf(
  headers: ReadonlyArray<readonly [string, string]>,
  bodyText: string | undefined,
  calledPath?: string,
): string | undefined {
  const location = headers.find(([name]) => name.toLowerCase() === 'location')?.[1];
  const fromLocation = location ? plainId(JOBS_SEGMENT.exec(location)?.[1]) : undefined;
  if (fromLocation) return fromLocation;
  const body = bodyText ? parseBody(bodyText) : undefined;
  if (isRecord(body)) {
    const fromBody = plainId(body.JobId ?? body.jobId);
    if (fromBody) return fromBody;
  }
  return calledPath ? plainId(JOBS_SEGMENT.exec(calledPath)?.[1]) : undefined;
}
