import type { SandboxContext } from '@/lib/sandbox/handler';
import { jsonResponse } from '@/lib/sandbox/http';
import { decodeToken, encodeToken, queryFlag, queryParam, tokenOffset } from '@/lib/sandbox/query';

import { customerData, seededUuid, type CustomerData } from '../../sandbox-state';
import type { JobRecord, JobStatus, Ref } from '../types';

/** DaaS's own error body (`ErrorData`): `SdkErrorId` is always present. */
export function errorData(
  status: number,
  message: string,
  sdkErrorId: string,
  details: string | null = null,
): Response {
  return jsonResponse(status, {
    ErrorMessage: message,
    SdkErrorId: sdkErrorId,
    ErrorType: null,
    ErrorDetails: details,
    SupportLink: null,
  });
}

/** 404 ErrorData; `kind` is a readable noun such as "Machine catalog" (SdkErrorId `MachineCatalogNotFound`). */
export function notFound(kind: string, nameOrId: string): Response {
  const pascal = kind
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  return errorData(404, `${kind} not found: ${nameOrId.slice(0, 200)}`, `${pascal}NotFound`);
}

/** Job timing: NotStarted for QUEUED_MS, then InProgress for RUN_MS, then Complete. */
export const JOB_QUEUED_MS = 1_000;
export const JOB_RUN_MS = 3_000;

export function jobStatus(
  job: JobRecord,
  now = Date.now(),
): { status: JobStatus; percent: number; startedAt?: number; endedAt?: number } {
  const elapsed = now - job.createdAt;
  if (elapsed < job.queuedMs) return { status: 'NotStarted', percent: 0 };
  const startedAt = job.createdAt + job.queuedMs;
  if (elapsed < job.queuedMs + job.runMs) {
    return {
      status: 'InProgress',
      percent: Math.min(99, Math.floor(((elapsed - job.queuedMs) / job.runMs) * 100)),
      startedAt,
    };
  }
  return { status: 'Complete', percent: 100, startedAt, endedAt: startedAt + job.runMs };
}

/** Applies the effect of every job that has completed since the last request. */
function settleJobs(data: CustomerData, now = Date.now()): void {
  for (const job of data.daas.jobs) {
    if (job.applied || jobStatus(job, now).status !== 'Complete') continue;
    job.applied = true;
    job.onComplete?.();
  }
}

/** The customer's data with jobs settled and the starting job in place; every DaaS handler begins here. */
export function daasData(customerId: string): CustomerData {
  const data = customerData(customerId);
  if (!data.daasJobsSeeded) {
    data.daasJobsSeeded = true;
    data.daas.jobs.push({
      Id: seededUuid(`${customerId}/job/1`),
      Type: 'GetMachineCatalogs',
      Parameters: [{ Name: 'async', Value: 'true' }],
      createdAt: data.seededAt - 3_600_000,
      queuedMs: JOB_QUEUED_MS,
      runMs: JOB_RUN_MS,
      result: {
        Items: data.daas.catalogs.map(({ Id, Name, FullName, Description }) => ({
          Id,
          Name,
          FullName,
          Description,
        })),
        ContinuationToken: null,
      },
      applied: true,
    });
  }
  settleJobs(data);
  return data;
}

/**
 * Checks `Citrix-InstanceId` against the customer's sites. Without it DaaS cannot pick a site;
 * with an id it does not know it answers 404.
 */
export function requireSite(
  context: SandboxContext,
): { ok: true; data: CustomerData } | { ok: false; response: Response } {
  const data = daasData(context.customerId);
  const instanceId = context.request.headers.get('citrix-instanceid')?.trim();
  if (!instanceId) {
    return {
      ok: false,
      response: errorData(
        400,
        'The Citrix-InstanceId header is required: use a site id from GET /cvad/manage/me.',
        'MissingInstanceId',
      ),
    };
  }
  if (!data.sites.some((site) => site.Id.toLowerCase() === instanceId.toLowerCase())) {
    return {
      ok: false,
      response: errorData(404, `Site not found: ${instanceId.slice(0, 64)}`, 'SiteNotFound'),
    };
  }
  return { ok: true, data };
}

/** Wraps a handler that needs a valid site. */
export function withSite(
  handler: (context: SandboxContext, data: CustomerData) => Response,
): (context: SandboxContext) => Response {
  return (context) => {
    const site = requireSite(context);
    return site.ok ? handler(context, site.data) : site.response;
  };
}

export const DEFAULT_LIMIT = 250;
export const MAX_LIMIT = 1000;

/** DaaS paging: `limit` and `continuationToken` in the query, `ContinuationToken` in the body. */
export function paginate<T>(
  url: URL,
  items: readonly T[],
): { ok: true; body: { Items: T[]; ContinuationToken: string | null } } | { ok: false; response: Response } {
  const rawLimit = queryParam(url, 'limit');
  let limit = DEFAULT_LIMIT;
  if (rawLimit !== undefined && rawLimit !== '') {
    limit = /^\d+$/.test(rawLimit) ? Number(rawLimit) : NaN;
    if (!(limit >= 1 && limit <= MAX_LIMIT))
      return {
        ok: false,
        response: errorData(400, `limit must be between 1 and ${MAX_LIMIT}.`, 'InvalidLimit'),
      };
  }
  const token = queryParam(url, 'continuationToken');
  const offset = token ? tokenOffset(decodeToken(token)) : 0;
  if (offset === undefined)
    return {
      ok: false,
      response: errorData(400, 'The continuation token is not valid.', 'InvalidContinuationToken'),
    };
  const page = items.slice(offset, offset + limit);
  return {
    ok: true,
    body: {
      Items: page,
      ContinuationToken: offset + limit < items.length ? encodeToken({ o: offset + limit }) : null,
    },
  };
}

/** A page of `items`; with `fields`, each item cut down to the fields the caller asked for. */
export function pageResponse<T extends object>(url: URL, items: readonly T[], fields = false): Response {
  const page = paginate(url, items);
  if (!page.ok) return page.response;
  if (!fields) return jsonResponse(200, page.body);
  const selected = selectFields(url, page.body.Items);
  return selected.ok ? jsonResponse(200, { ...page.body, Items: selected.items }) : selected.response;
}

/** One item, cut down to `fields=` when the operation declares it. */
export function itemResponse<T extends object>(url: URL, item: T, fields = false, status = 200): Response {
  if (!fields) return jsonResponse(status, item);
  const selected = selectFields(url, [item]);
  return selected.ok ? jsonResponse(status, selected.items[0]) : selected.response;
}

/**
 * DaaS's `fields=Id,Name`: only those properties (names compare case-insensitively, answered in the
 * model's own spelling). A name no item has is refused rather than silently dropped.
 */
export function selectFields<T extends object>(
  url: URL,
  items: readonly T[],
): { ok: true; items: Partial<T>[] | T[] } | { ok: false; response: Response } {
  const raw = queryParam(url, 'fields');
  if (raw === undefined || raw.trim() === '') return { ok: true, items: [...items] };
  const names = [
    ...new Set(
      raw
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ];
  const wanted = names.map((name) => name.toLowerCase());
  const known = new Set(items.flatMap((item) => Object.keys(item).map((key) => key.toLowerCase())));
  const unknown = items.length > 0 ? names.filter((name) => !known.has(name.toLowerCase())) : [];
  if (unknown.length > 0)
    return {
      ok: false,
      response: errorData(
        400,
        `fields names properties this model does not have: ${unknown.join(', ').slice(0, 200)}.`,
        'InvalidParameter',
      ),
    };
  return {
    ok: true,
    items: items.map(
      (item) =>
        Object.fromEntries(
          Object.entries(item).filter(([key]) => wanted.includes(key.toLowerCase())),
        ) as Partial<T>,
    ),
  };
}

/**
 * Query parameters Citrix's document declares for an operation but the sandbox does not emulate:
 * refused with a 400 that says so, never silently ignored.
 */
export function refuseNotEmulated(url: URL, names: readonly string[]): Response | undefined {
  const present = names.filter((name) => {
    const value = queryParam(url, name);
    return value !== undefined && value !== '';
  });
  if (present.length === 0) return undefined;
  return errorData(
    400,
    `The query parameter ${present.join(', ')} is not emulated by the sandbox; call the operation without it.`,
    'NotEmulatedBySandbox',
  );
}

/** A boolean query parameter: undefined when absent, an ErrorData 400 when not true/false. */
export function booleanParam(
  url: URL,
  name: string,
): { ok: true; value: boolean | undefined } | { ok: false; response: Response } {
  const raw = queryParam(url, name);
  if (raw === undefined || raw === '') return { ok: true, value: undefined };
  if (/^(true|false)$/i.test(raw)) return { ok: true, value: raw.toLowerCase() === 'true' };
  return {
    ok: false,
    response: errorData(400, `${name} must be true or false.`, 'InvalidParameter'),
  };
}

/** DaaS takes a name or an id wherever it says `nameOrId`; names compare case-insensitively. */
export function findByNameOrId<T extends Ref>(
  items: readonly T[],
  nameOrId: string,
  alsoMatch?: (item: T, wanted: string) => boolean,
): T | undefined {
  const wanted = nameOrId.trim().toLowerCase();
  return items.find(
    (item) =>
      item.Id.toLowerCase() === wanted ||
      item.Name.toLowerCase() === wanted ||
      (alsoMatch?.(item, wanted) ?? false),
  );
}

export const isAsync = (url: URL) => queryFlag(url, 'async');

/** Where DaaS lives under this request's origin (e.g. `/sandbox/cvad/manage`), for Location headers. */
export function daasBase(url: URL): string {
  const index = url.pathname.toLowerCase().indexOf('/cvad/manage');
  return `${url.origin}${index >= 0 ? url.pathname.slice(0, index) : ''}/cvad/manage`;
}

/** Starts a job and answers as DaaS does for `?async=true`: 202, empty body, Location of the job. */
export function startJob(
  context: SandboxContext,
  data: CustomerData,
  type: string,
  parameters: Record<string, string>,
  result: () => unknown,
  onComplete?: () => void,
): Response {
  const job: JobRecord = {
    Id: crypto.randomUUID(),
    Type: type,
    Parameters: Object.entries(parameters).map(([Name, Value]) => ({ Name, Value })),
    createdAt: Date.now(),
    queuedMs: JOB_QUEUED_MS,
    runMs: JOB_RUN_MS,
    result: undefined,
    applied: false,
  };
  job.onComplete = () => {
    onComplete?.();
    job.result = result();
  };
  data.daas.jobs.push(job);
  // Keep memory bounded however long a demo runs.
  if (data.daas.jobs.length > 200) data.daas.jobs.splice(0, data.daas.jobs.length - 200);
  return new Response(null, {
    status: 202,
    headers: { location: `${daasBase(context.url)}/Jobs/${job.Id}` },
  });
}
