import type { SandboxContext, ServiceHandlers } from '@/lib/sandbox/handler';
import { citrixError, jsonResponse } from '@/lib/sandbox/http';
import { decodeToken, encodeToken, queryParam, tokenOffset } from '@/lib/sandbox/query';

import { customerData } from '../sandbox-state';

const DEFAULT_LIMIT = 50;

function parseDate(raw: string | undefined, name: string): number | Response | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const ms = Date.parse(raw);
  if (Number.isNaN(ms)) {
    return citrixError(400, 'common/invalidString', `${name} is not a valid date-time`, {
      name,
      value: raw.slice(0, 64),
    });
  }
  return ms;
}

function parseLimit(raw: string | undefined): number | Response {
  if (raw === undefined || raw.trim() === '') return DEFAULT_LIMIT;
  if (!/^-?\d+$/.test(raw.trim())) {
    return citrixError(400, 'systemlog/getRecordsLimitInvalid', 'Limit must be an integer', {
      limit: raw.slice(0, 64),
    });
  }
  const limit = Number(raw);
  if (limit < 1 || limit > 200) {
    return citrixError(400, 'common/outOfRange', 'Maximum items per page is between 1 and 200', {
      limit: raw.trim(),
    });
  }
  return limit;
}

/**
 * `GET /systemlog/records`. The continuation token pins the date range of the first page, so
 * records logged while a client pages through cannot shift the pages it has not read yet.
 */
function getRecords({ url, customerId }: SandboxContext): Response {
  const limit = parseLimit(queryParam(url, 'Limit'));
  if (limit instanceof Response) return limit;
  const rawToken = queryParam(url, 'ContinuationToken');
  let start: number;
  let end: number;
  let offset = 0;
  if (rawToken) {
    const payload = decodeToken(rawToken);
    const o = tokenOffset(payload, 'o');
    const s = payload?.s;
    const e = payload?.e;
    if (o === undefined || typeof s !== 'number' || typeof e !== 'number') {
      return citrixError(400, 'common/invalidString', 'The continuation token is not valid', {
        name: 'ContinuationToken',
      });
    }
    [offset, start, end] = [o, s, e];
  } else {
    const parsedStart = parseDate(queryParam(url, 'StartDateTime'), 'StartDateTime');
    if (parsedStart instanceof Response) return parsedStart;
    const parsedEnd = parseDate(queryParam(url, 'EndDateTime'), 'EndDateTime');
    if (parsedEnd instanceof Response) return parsedEnd;
    start = parsedStart ?? 0;
    end = parsedEnd ?? Date.now();
    if (start > end) {
      return citrixError(
        400,
        'systemlog/getRecordsDateTimeRangeInvalid',
        'Start DateTime cannot be after the end DateTime.',
        {
          startDateTime: new Date(start).toISOString(),
          endDateTime: new Date(end).toISOString(),
        },
      );
    }
  }
  const matching = customerData(customerId).systemLog.filter((record) => {
    const at = Date.parse(record.UtcTimestamp);
    return at >= start && at <= end;
  });
  const items = matching.slice(offset, offset + limit);
  const next = offset + limit < matching.length ? encodeToken({ o: offset + limit, s: start, e: end }) : null;
  return jsonResponse(200, {
    Items: items,
    Count: items.length,
    EstimatedTotalItems: matching.length,
    ContinuationToken: next,
  });
}

export const systemlogHandlers: ServiceHandlers = {
  customer: 'header',
  operations: {
    GetRecords: getRecords,
  },
};
