import ipaddr from 'ipaddr.js';

import { allowedRemoteHostnames } from '@/lib/citrix/regions';

import { UpstreamError } from './upstream-error';

/**
 * True for anything that names an address rather than a DNS name. WHATWG URL parsing already
 * normalises hex/octal/dword IPv4 forms to a dotted quad and wraps IPv6 in brackets; ipaddr.js's
 * loose `isValid` also catches the raw `0x7f.1` family in case a string never went through URL.
 * A name whose last label is all digits is treated as an address too (that is how URL treats it).
 */
export function isIpLiteral(hostname: string): boolean {
  if (hostname.startsWith('[') || hostname.includes(':')) return true;
  if (ipaddr.isValid(hostname)) return true;
  const last = hostname.replace(/\.$/, '').split('.').pop() ?? '';
  return /^(0x[0-9a-f]*|\d+)$/i.test(last);
}

const TABLE_HOSTNAMES = allowedRemoteHostnames();

/**
 * Why a built remote URL is not one the server may call, or undefined when it is.
 * Checks the URL as parsed (not as written): exact origin, https, no port, no userinfo,
 * a hostname of the closed table, never an IP literal or a trailing-dot name.
 */
export function remoteUrlProblem(
  url: URL,
  expected: { origin: string; hostname: string },
  allowed: ReadonlySet<string> = TABLE_HOSTNAMES,
): string | undefined {
  if (url.protocol !== 'https:') return 'only https is allowed';
  if (url.username !== '' || url.password !== '') return 'credentials in the URL are not allowed';
  if (url.port !== '') return 'a port is not allowed';
  if (url.hostname.endsWith('.')) return 'a trailing-dot host name is not allowed';
  if (isIpLiteral(url.hostname)) return 'an IP address is not allowed as a host';
  if (!allowed.has(url.hostname)) return `${url.hostname} is not in the region table`;
  if (url.hostname !== expected.hostname || url.origin !== expected.origin)
    return 'the URL left the service origin';
  if (url.hash !== '') return 'a fragment is not allowed';
  return undefined;
}

/** Throws TARGET_NOT_ALLOWED unless `url` is exactly on `target`'s origin (see remoteUrlProblem). */
export function assertRemoteUrl(url: string, target: { origin: string; hostname: string }): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UpstreamError(
      'TARGET_NOT_ALLOWED',
      `Refused to call ${target.hostname}: the URL is malformed.`,
    );
  }
  const problem = remoteUrlProblem(parsed, target);
  if (problem)
    throw new UpstreamError('TARGET_NOT_ALLOWED', `Refused to call ${target.hostname}: ${problem}.`);
}
