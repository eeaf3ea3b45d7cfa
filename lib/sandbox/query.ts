/** Query helpers: Citrix's .NET services bind query parameters case-insensitively. */

export function queryParam(url: URL, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

export function queryFlag(url: URL, name: string): boolean {
  const value = queryParam(url, name);
  return value !== undefined && value.toLowerCase() === 'true';
}

/** An opaque continuation token: base64url JSON, so clients cannot usefully construct one. */
export function encodeToken(payload: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

export function decodeToken(token: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A non-negative integer offset from a decoded token, or undefined. */
export function tokenOffset(payload: Record<string, unknown> | undefined, key = 'o'): number | undefined {
  const value = payload?.[key];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}
