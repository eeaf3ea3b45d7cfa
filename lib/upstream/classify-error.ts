import type { UpstreamRequest } from './types';
import { UpstreamError } from './upstream-error';

function hostLabel(request: UpstreamRequest): string {
  return request.target.type === 'remote' ? request.target.hostname : 'the sandbox';
}

function causeCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return '';
}

/** Turns whatever fetch threw into a message a person understands, naming the host. */
export function classifyFetchError(
  error: unknown,
  request: UpstreamRequest,
  signal: AbortSignal,
): UpstreamError {
  const host = hostLabel(request);
  if (error instanceof UpstreamError) return error;
  if (request.signal?.aborted)
    return new UpstreamError('CLIENT_ABORTED', 'The browser cancelled the request.');
  const code = causeCode(error);
  if (
    signal.aborted ||
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT'
  ) {
    return new UpstreamError('UPSTREAM_TIMEOUT', `Could not reach ${host}: it did not answer in time.`);
  }
  if (code === 'TARGET_NOT_ALLOWED') {
    return new UpstreamError(
      'TARGET_NOT_ALLOWED',
      `Refused to connect to ${host}: it resolves to a private or reserved address.`,
    );
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENODATA') {
    return new UpstreamError(
      'UPSTREAM_DNS',
      `Could not reach ${host}: DNS lookup failed (is this machine offline?). The Sandbox region works without a network.`,
    );
  }
  if (
    code.startsWith('ERR_TLS') ||
    code.includes('CERT') ||
    code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' ||
    code === 'EPROTO' ||
    code === 'ERR_SSL_WRONG_VERSION_NUMBER'
  ) {
    return new UpstreamError(
      'UPSTREAM_TLS',
      `Could not reach ${host}: its TLS certificate could not be verified.`,
    );
  }
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    return new UpstreamError(
      'UPSTREAM_RESET',
      `The connection to ${host} was reset before the answer was complete.`,
    );
  }
  if (
    code.startsWith('Z_') ||
    code.startsWith('HPE_') ||
    code === 'UND_ERR_INFO' ||
    code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH'
  ) {
    return new UpstreamError(
      'UPSTREAM_BAD_RESPONSE',
      `${host} sent a response that could not be read (${code}).`,
    );
  }
  if (code === 'ECONNREFUSED') {
    return new UpstreamError('UPSTREAM_UNREACHABLE', `Could not reach ${host}: connection refused.`);
  }
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') {
    return new UpstreamError('UPSTREAM_UNREACHABLE', `Could not reach ${host}: network unreachable.`);
  }
  return new UpstreamError('UPSTREAM_UNREACHABLE', `Could not reach ${host}${code ? ` (${code})` : ''}.`);
}
