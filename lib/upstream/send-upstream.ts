import 'server-only';

import { Agent, fetch as undiciFetch, type Dispatcher } from 'undici';

import { handleSandboxRequest } from '@/lib/sandbox-gateway/handle-request';

import { checkedLookup } from './checked-lookup';
import { classifyFetchError } from './classify-error';
import { readCapped } from './read-capped';
import { assertRemoteUrl } from './remote-url-guard';
import {
  DEFAULT_LIMITS,
  type SendOptions,
  type UpstreamLimits,
  type UpstreamRequest,
  type UpstreamResponse,
} from './types';
import { UpstreamError } from './upstream-error';

/** One agent per distinct set of timeouts, so repeated calls reuse connections instead of leaking agents. */
const sharedAgents = new Map<string, Agent>();

function agentOptions(limits: UpstreamLimits, options: SendOptions): Agent.Options {
  const timeouts = { headersTimeout: limits.headersTimeoutMs, bodyTimeout: limits.bodyTimeoutMs };
  if (options.connector) return { ...timeouts, connect: options.connector };
  return {
    ...timeouts,
    connect: { timeout: limits.connectTimeoutMs, lookup: options.lookup ?? checkedLookup },
  };
}

/** The dispatcher for a call, and whether it belongs to this call alone (and must be destroyed after). */
function dispatcherFor(
  limits: UpstreamLimits,
  options: SendOptions,
): { dispatcher: Dispatcher; ephemeral: boolean } {
  if (options.dispatcher) return { dispatcher: options.dispatcher, ephemeral: false };
  if (options.connector || options.lookup)
    return { dispatcher: new Agent(agentOptions(limits, options)), ephemeral: true };
  const key = `${limits.connectTimeoutMs}/${limits.headersTimeoutMs}/${limits.bodyTimeoutMs}`;
  let agent = sharedAgents.get(key);
  if (!agent) {
    agent = new Agent(agentOptions(limits, options));
    sharedAgents.set(key, agent);
  }
  return { dispatcher: agent, ephemeral: false };
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
 * `options` exists for tests (an injected connector, resolver or dispatcher); production passes none.
 */
export async function sendUpstream(
  request: UpstreamRequest,
  limits: UpstreamLimits = DEFAULT_LIMITS,
  options: SendOptions = {},
): Promise<UpstreamResponse> {
  const started = performance.now();
  const signals = [AbortSignal.timeout(limits.totalTimeoutMs)];
  if (request.signal) signals.push(request.signal);
  const signal = AbortSignal.any(signals);
  const url =
    request.target.type === 'remote'
      ? `${request.target.origin}${request.path}`
      : `${request.appOrigin}${request.target.pathPrefix}${request.path}`;
  // Bytes, not a string: fetch would otherwise add `content-type: text/plain` the user never set.
  const body = request.body === undefined ? undefined : new TextEncoder().encode(request.body);
  const init = {
    method: request.method,
    headers: request.headers,
    body,
    signal,
    redirect: 'manual' as const,
  };
  let ephemeral: Dispatcher | undefined;
  try {
    let response: Response;
    if (request.target.type === 'remote') {
      // Last line of defence: whatever the caller built, only an origin of the table is ever dialled.
      assertRemoteUrl(url, request.target);
      const chosen = dispatcherFor(limits, options);
      if (chosen.ephemeral) ephemeral = chosen.dispatcher;
      response = (await undiciFetch(url, { ...init, dispatcher: chosen.dispatcher })) as unknown as Response;
    } else {
      response = await handleSandboxRequest(new Request(url, init));
    }
    const capped = await readCapped(response.body, limits.maxResponseBytes);
    return {
      status: response.status,
      statusText: response.statusText,
      ...collectHeaders(response.headers),
      body: capped.body,
      truncated: capped.truncated,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      url,
    };
  } catch (error) {
    throw error instanceof UpstreamError ? error : classifyFetchError(error, request, signal);
  } finally {
    if (ephemeral) void ephemeral.destroy().catch(() => undefined);
  }
}
