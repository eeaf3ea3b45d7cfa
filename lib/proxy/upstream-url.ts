import { pathProblem } from '@/lib/citrix/path-rules';
import {
  allowedRemoteHostnames,
  findRegion,
  resolveHost,
  type HostKind,
  type RegionId,
  type Target,
} from '@/lib/citrix/regions';
import type { CatalogService } from '@/lib/services/types';
import { remoteUrlProblem } from '@/lib/upstream/remote-url-guard';

/** ASVS 4.2.5: keep outbound URLs well under what gateways accept. */
export const MAX_URL_LENGTH = 8 * 1024;

export type UrlRefusalCode = 'INVALID_PATH' | 'URL_TOO_LONG' | 'SERVICE_NOT_IN_REGION' | 'TARGET_NOT_ALLOWED';

export interface UrlRefusal {
  ok: false;
  code: UrlRefusalCode;
  message: string;
}

export interface UpstreamUrl {
  ok: true;
  target: Target;
  /** Path and query below the target, exactly as sent (normalised by URL, then re-checked). */
  path: string;
  /** The path without the query: what logs may show. */
  pathname: string;
  /** The host name for messages and logs; `sandbox` for the built-in sandbox. */
  host: string;
}

export interface UpstreamUrlInput {
  region: RegionId;
  service: Pick<CatalogService, 'id' | 'hostKind' | 'basePath'> & { title?: string };
  server: 'regional' | 'global';
  path: string;
  query: ReadonlyArray<readonly [string, string]>;
}

/** Seams for tests (a misconfigured table); production uses the closed region table. */
export interface UpstreamUrlOptions {
  resolveTarget?: (region: RegionId, kind: HostKind) => Target | undefined;
  allowedHostnames?: ReadonlySet<string>;
}

/** A base that can never be a real host: sandbox paths are built and checked against it. */
const SANDBOX_CHECK_ORIGIN = 'https://sandbox.invalid';
const TABLE_HOSTNAMES = allowedRemoteHostnames();

const refuse = (code: UrlRefusalCode, message: string): UrlRefusal => ({ ok: false, code, message });

function hostKindFor(
  service: UpstreamUrlInput['service'],
  server: UpstreamUrlInput['server'],
): HostKind | undefined {
  if (server === 'regional') return service.hostKind;
  // api.cloud.com fronts the same gateway APIs; the legacy hosts have no global twin.
  return service.hostKind === 'gateway' || service.hostKind === 'global' ? 'global' : undefined;
}

/** URLSearchParams encoding, with `%20` for spaces: `+` means space only to form decoders. */
function encodeQuery(query: UpstreamUrlInput['query']): string {
  const encoded = new URLSearchParams(query.map(([key, value]) => [key, value])).toString();
  return encoded === '' ? '' : `?${encoded.replace(/\+/g, '%20')}`;
}

function parse(relative: string, base: string): URL | undefined {
  try {
    return new URL(relative, base);
  } catch {
    return undefined;
  }
}

/**
 * Maps (region, service, server, path, query) to a target of the closed region table and a path
 * below it, or a typed refusal. Never throws. The path is checked as written, then the URL is
 * built and checked again as parsed: its origin must be exactly the table's (security plan §0.1).
 */
export function buildUpstreamUrl(
  input: UpstreamUrlInput,
  options: UpstreamUrlOptions = {},
): UpstreamUrl | UrlRefusal {
  const { service, path } = input;
  const name = service.title ?? service.id;
  const region = findRegion(input.region);
  const kind = hostKindFor(service, input.server);
  const target = region && kind ? (options.resolveTarget ?? resolveHost)(region.id, kind) : undefined;
  if (!region || !kind || !target) {
    const where = input.server === 'global' ? ' on the global server (api.cloud.com)' : '';
    return refuse(
      'SERVICE_NOT_IN_REGION',
      `Service ${name} is not available${where} in region ${region?.label ?? input.region}.`,
    );
  }
  if (typeof path !== 'string') return refuse('INVALID_PATH', 'The path is missing.');
  const problem = pathProblem(path);
  if (problem) {
    const code = problem.startsWith('is longer') ? 'URL_TOO_LONG' : 'INVALID_PATH';
    return refuse(code, `The path ${problem}.`);
  }
  const basePath = service.basePath.replace(/\/+$/, '');
  if (basePath !== '' && pathProblem(basePath))
    return refuse('TARGET_NOT_ALLOWED', `Service ${name} has an invalid base path.`);
  const relative = `${basePath}${path}${encodeQuery(input.query)}`;

  if (target.type === 'remote') {
    const url = parse(relative, target.origin);
    if (!url) return refuse('INVALID_PATH', 'The path does not form a valid URL.');
    if (url.href.length > MAX_URL_LENGTH)
      return refuse('URL_TOO_LONG', `The URL is longer than ${MAX_URL_LENGTH} characters.`);
    const hostProblem = remoteUrlProblem(url, target, options.allowedHostnames ?? TABLE_HOSTNAMES);
    if (hostProblem)
      return refuse('TARGET_NOT_ALLOWED', `Refused to call ${target.hostname}: ${hostProblem}.`);
    if (!url.pathname.startsWith(`${basePath}/`))
      return refuse('INVALID_PATH', `The path leaves the ${name} API.`);
    return {
      ok: true,
      target,
      path: `${url.pathname}${url.search}`,
      pathname: url.pathname,
      host: url.hostname,
    };
  }

  const prefix = target.pathPrefix.replace(/\/+$/, '');
  const url = parse(`${prefix}${relative}`, SANDBOX_CHECK_ORIGIN);
  if (!url) return refuse('INVALID_PATH', 'The path does not form a valid URL.');
  if (url.origin !== SANDBOX_CHECK_ORIGIN || url.username !== '' || url.password !== '' || url.hash !== '') {
    return refuse('TARGET_NOT_ALLOWED', 'Refused: the URL left the sandbox.');
  }
  if (url.href.length - SANDBOX_CHECK_ORIGIN.length > MAX_URL_LENGTH) {
    return refuse('URL_TOO_LONG', `The URL is longer than ${MAX_URL_LENGTH} characters.`);
  }
  if (!url.pathname.startsWith(`${prefix}${basePath}/`))
    return refuse('INVALID_PATH', `The path leaves the ${name} API.`);
  const pathname = url.pathname.slice(prefix.length);
  return { ok: true, target, path: `${pathname}${url.search}`, pathname, host: 'sandbox' };
}
