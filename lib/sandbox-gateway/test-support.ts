import { afterAll, beforeAll, beforeEach } from 'vitest';

import { resetEnvForTests } from '@/lib/config/env';
import { forgetServedDocuments, registerDocument } from '@/lib/sandbox/generic/documents';
import { signSandboxToken } from '@/lib/sandbox/jwt';
import { sandboxSigningKey } from '@/lib/sandbox/sandbox-config';
import { resetSandboxData } from '@/lib/services/sandbox-state';

import { handleSandboxRequest } from './handle-request';
import { DOCUMENT_HEADER } from './serve-generic';

/** Test-only helpers: a demo token and a one-line way to call the sandbox in-process. */

export const DEMO_CUSTOMER = 'sandboxdemo01';
export const DEMO_CLIENT = '6f1b3c2a-9d4e-4c57-8a20-5e7b9d1c0f42';

export function setupTestEnv(): void {
  process.env.SESSION_PASSWORD ??= 'a-test-session-password-of-at-least-32-chars';
  resetEnvForTests();
}

export async function demoToken(customerId = DEMO_CUSTOMER, ttlSeconds = 3600): Promise<string> {
  setupTestEnv();
  return signSandboxToken({ customerId, clientId: DEMO_CLIENT }, sandboxSigningKey(), ttlSeconds);
}

export interface CallOptions {
  method?: string;
  headers?: Record<string, string | null>;
  body?: unknown;
  customerId?: string;
}

/** Calls `http://localhost:3000/sandbox<path>` with demo headers; `null` in `headers` removes one. */
export async function callSandbox(path: string, options: CallOptions = {}): Promise<Response> {
  const customerId = options.customerId ?? DEMO_CUSTOMER;
  const headers: Record<string, string> = {
    authorization: `CwsAuth Bearer=${await demoToken(customerId)}`,
    'citrix-customerid': customerId,
    accept: 'application/json',
  };
  if (options.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === null) delete headers[name.toLowerCase()];
    else headers[name.toLowerCase()] = value;
  }
  return handleSandboxRequest(
    new Request(`http://localhost:3000/sandbox${path}`, {
      method: options.method ?? 'GET',
      headers,
      body:
        options.body === undefined
          ? undefined
          : typeof options.body === 'string'
            ? options.body
            : JSON.stringify(options.body),
    }),
  );
}

export async function callJson<T = Record<string, unknown>>(
  path: string,
  options: CallOptions = {},
): Promise<{ status: number; body: T; response: Response }> {
  const response = await callSandbox(path, options);
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, response };
}

/**
 * Serves a description to the sandbox for the tests of one file: registered before them,
 * forgotten after, the sandbox's data reset before each. The headers name the document on a call;
 * they are filled once it is registered.
 */
export function serveDocumentForTests(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  beforeAll(async () => {
    const registered = await registerDocument(text);
    if (!registered.ok) throw new Error(registered.message);
    headers[DOCUMENT_HEADER] = registered.id;
  });
  afterAll(() => forgetServedDocuments());
  beforeEach(() => resetSandboxData());
  return headers;
}
