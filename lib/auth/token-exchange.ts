import 'server-only';

import { REGIONS, tokenEndpoint, type RegionId } from '@/lib/citrix/regions';
import {
  oauthErrorSchema,
  oauthTokenSchema,
  retryDelaySeconds,
  trustTokenSchema,
} from '@/lib/citrix/token-response';
import { ApiError } from '@/lib/http/api-error';
import { logEvent } from '@/lib/log/log-event';
import type { AuthFlow } from '@/lib/schemas/credentials';
import { sendUpstream } from '@/lib/upstream/send-upstream';
import { DEFAULT_LIMITS } from '@/lib/upstream/types';
import { UpstreamError } from '@/lib/upstream/upstream-error';

export interface ExchangeInput {
  region: RegionId;
  flow: AuthFlow;
  customerId: string;
  clientId: string;
  clientSecret: string;
}

export interface MintedToken {
  token: string;
  expiresInSeconds: number;
  transactionId?: string;
}

const TOKEN_LIMITS = { ...DEFAULT_LIMITS, totalTimeoutMs: 20_000, maxResponseBytes: 64 * 1024 };

function requestBody(input: ExchangeInput): { body: string; contentType: string } {
  if (input.flow === 'trust') {
    return {
      body: JSON.stringify({ ClientId: input.clientId, ClientSecret: input.clientSecret }),
      contentType: 'application/json',
    };
  }
  // URLSearchParams encodes `+`, `/` and `=` in secrets: the bug naive clients hit on Citrix Cloud.
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: input.clientId,
    client_secret: input.clientSecret,
  });
  return { body: form.toString(), contentType: 'application/x-www-form-urlencoded' };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

/**
 * Exchanges client credentials for a bearer token at the region's token endpoint.
 * The secret goes only into the POST body; no message we produce ever contains it.
 */
export async function exchangeToken(
  input: ExchangeInput,
  appOrigin: string,
  signal?: AbortSignal,
): Promise<MintedToken> {
  const started = performance.now();
  const endpoint = tokenEndpoint(input.region, input.flow, input.customerId);
  const line = {
    event: 'token_exchange' as const,
    method: 'POST',
    host: endpoint?.target.type === 'remote' ? endpoint.target.hostname : 'sandbox',
    path: endpoint?.path,
    region: input.region,
    flow: input.flow,
  };
  try {
    const minted = await exchangeOnce(input, appOrigin, signal);
    logEvent({
      ...line,
      status: 200,
      durationMs: performance.now() - started,
      transactionId: minted.transactionId,
    });
    return minted;
  } catch (error) {
    const status = error instanceof ApiError ? error.status : 500;
    const transactionId =
      error instanceof ApiError ? (error.extra.transactionId as string | undefined) : undefined;
    logEvent({
      ...line,
      status,
      code: error instanceof ApiError ? error.code : 'INTERNAL',
      durationMs: performance.now() - started,
      transactionId,
    });
    throw error;
  }
}

async function exchangeOnce(
  input: ExchangeInput,
  appOrigin: string,
  signal?: AbortSignal,
): Promise<MintedToken> {
  const endpoint = tokenEndpoint(input.region, input.flow, input.customerId);
  const regionLabel = REGIONS[input.region].label;
  if (!endpoint)
    throw new ApiError(
      400,
      'FLOW_NOT_AVAILABLE',
      `The ${input.flow === 'trust' ? 'Trust Service' : 'OAuth 2.0'} flow is not available in region ${regionLabel}.`,
    );
  const host = endpoint.target.type === 'remote' ? endpoint.target.hostname : 'The sandbox token service';
  const { body, contentType } = requestBody(input);
  let response;
  try {
    response = await sendUpstream(
      {
        target: endpoint.target,
        path: endpoint.path,
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': contentType },
        body,
        signal,
        appOrigin,
      },
      TOKEN_LIMITS,
    );
  } catch (error) {
    if (error instanceof UpstreamError) throw new ApiError(error.httpStatus, error.code, error.message);
    throw error;
  }
  const transactionId = response.headers['x-cws-transactionid'] ?? response.headers['citrix-transactionid'];
  const json = parseJson(response.body);
  const extra = { upstreamStatus: response.status, ...(transactionId ? { transactionId } : {}) };
  if (response.status >= 300 && response.status < 400) {
    throw new ApiError(
      502,
      'TOKEN_ENDPOINT_REDIRECT',
      `${host} answered with a redirect (${response.status}); it was not followed.`,
      extra,
    );
  }
  if (response.status === 429) {
    const wait = retryDelaySeconds(json, response.headers['retry-after']);
    throw new ApiError(
      429,
      'TOKEN_RATE_LIMITED',
      `${host} is throttling token requests${wait !== undefined ? `; try again in ${wait} seconds` : ''}.`,
      { ...extra, retryAfterSeconds: wait },
      wait !== undefined ? { 'retry-after': String(wait) } : {},
    );
  }
  const oauthError = oauthErrorSchema.safeParse(json);
  if (oauthError.success && (response.status === 400 || response.status === 401 || response.status === 200)) {
    const code =
      oauthError.data.error === 'invalid_client' ? 'INVALID_CLIENT_CREDENTIALS' : 'TOKEN_REQUEST_REJECTED';
    const message = oauthError.data.error_description ?? oauthError.data.error;
    const said = `${host} ${code === 'INVALID_CLIENT_CREDENTIALS' ? 'refused the client ID and secret' : 'refused the token request'}: “${message}”`;
    throw new ApiError(code === 'INVALID_CLIENT_CREDENTIALS' ? 401 : 400, code, said, {
      ...extra,
      citrixError: oauthError.data.error,
    });
  }
  if (response.status >= 500) {
    throw new ApiError(
      502,
      'TOKEN_ENDPOINT_ERROR',
      `${host} answered ${response.status}; try again in a moment.`,
      extra,
    );
  }
  if (response.status !== 200) {
    throw new ApiError(
      502,
      'TOKEN_ENDPOINT_ERROR',
      `${host} refused the request (${response.status}).`,
      extra,
    );
  }
  if (json === undefined) {
    throw new ApiError(
      502,
      'TOKEN_ENDPOINT_GARBAGE',
      `${host} answered with something that is not JSON.`,
      extra,
    );
  }
  const parsed = input.flow === 'trust' ? trustTokenSchema.safeParse(json) : oauthTokenSchema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(502, 'TOKEN_ENDPOINT_GARBAGE', `${host} answered without a usable token.`, extra);
  }
  const minted =
    'access_token' in parsed.data
      ? { token: parsed.data.access_token, expiresInSeconds: parsed.data.expires_in }
      : { token: parsed.data.token, expiresInSeconds: parsed.data.expiresIn };
  return { ...minted, transactionId };
}
