import { isRecord } from '@/lib/json/is-record';

import type { RequestHeaders } from './types';

/** Small readers of error bodies and request headers, shared by every recognised case. */

export const MAX_PARSED_BODY = 256 * 1024;

export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

export function parseBody(body: string): unknown {
  if (body.length > MAX_PARSED_BODY) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

export function header(headers: RequestHeaders, name: string): string | undefined {
  const lower = name.toLowerCase();
  const found = headers.find(([key]) => key.toLowerCase() === lower);
  return found ? found[1] : undefined;
}

/** Citrix sends `parameters` as an array of {name, value} on some services and an object on others. */
export function citrixParameters(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isRecord(item) && typeof item.name === 'string' && item.value !== undefined && item.value !== null)
        out[item.name] = String(item.value);
    }
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value))
      if (item !== undefined && item !== null) out[key] = String(item);
  }
  return out;
}

/** `https://errors-api.cloud.com/common/authentication` → `common/authentication`. */
export function citrixCode(type: string): string {
  const match = /errors-api\.cloud\.com\/(.+)$/i.exec(type);
  return (match?.[1] ?? type).replace(/\/+$/, '');
}

export function seconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 ? Math.ceil(number) : undefined;
}
