import 'server-only';

import { Agent, fetch as undiciFetch } from 'undici';

import { handleSandboxRequest } from '@/lib/sandbox/handle-request';

import { classifyFetchError } from './classify-error';
import { checkedLookup } from './checked-lookup';
import { readCapped } from './read-capped';
import { DEFAULT_LIMITS, type UpstreamLimits, type UpstreamRequest, type UpstreamResponse } from './types';
import { UpstreamError } from './upstream-error';

let sharedAgent: Agent | undefined;

function agentFor(limits: UpstreamLimits): Agent {
  if (limits === DEFAULT_LIMITS && sharedAgent) return sharedAgent;
  const agent = new Agent({
    connect: { timeout: limits.connectTimeoutMs, lookup: checkedLookup },
    headersTimeout: limits.headersTimeoutMs,
    bodyTimeout: limits.bodyTimeoutMs,
  });
  if (limits === DEFAULT_LIMITS) sharedAgent = agent;
  return agent;
}

function collectHeaders(headers: Headers): { headers: Record<string, string>; setCookieCount: number } {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = name in out ? `${out[name]}, ${value}` : value;
  });
  return { headers: out, setCookieCount: headers.getSetCookie().length };
}

/**
 * Sends one request to a target of the region table and reads the answer, capped.
 * Never follows a redirect (a 3xx comes back as data) and never throws anything but UpstreamError.
 * The sandbox is called in-process: same Request/Response contract, no socket.
 */
export async function sendUpstream(
  request: UpstreamRequest,
  limits: UpstreamLimits = DEFAULT_LIMITS,
): Promise<UpstreamResponse> {
  const started = performance.now();
  const signals = [AbortSignal.timeout(limits.totalTimeoutMs)];
  if (request.signal) signals.push(request.signal);
  const signal = AbortSignal.any(signals);
  const url =
    request.target.type === 'remote'
      ? `${request.target.origin}${request.path}`
      : `${request.appOrigin}${request.target.pathPrefix}${request.path}`;
  try {
    const init = { method: request.method, headers: request.headers, body: request.body, signal, redirect: 'manual' as const };
    const response =
      request.target.type === 'remote'
        ? ((await undiciFetch(url, { ...init, dispatcher: agentFor(limits) })) as unknown as Response)
        : await handleSandboxRequest(new Request(url, init));
    const { body, truncated } = await readCapped(response.body, limits.maxResponseBytes);
    return {
      status: response.status,
      statusText: response.statusText,
      ...collectHeaders(response.headers),
      body,
      truncated,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      url,
    };
  } catch (error) {
    throw error instanceof UpstreamError ? error : classifyFetchError(error, request, signal);
  }
}
