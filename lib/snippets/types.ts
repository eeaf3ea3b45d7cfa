import type { HttpMethod } from '@/lib/catalog/operations';

/** A reference to an environment variable, printed in each language's own syntax. */
export interface EnvRef {
  env: string;
}

export type JsonValue =
  string | number | boolean | null | EnvRef | JsonValue[] | { [key: string]: JsonValue };

/** The request a snippet reproduces: what the proxy would send, minus the token itself. */
export interface SnippetRequest {
  method: HttpMethod;
  /** Absolute URL without the query, path parameters already substituted and encoded. */
  url: string;
  query: [string, string][];
  /** Headers other than Authorization; sensitive ones are replaced by environment variables. */
  headers: [string, string][];
  /** Whether the call carries `Authorization: CwsAuth Bearer=<token>` (read from CITRIX_TOKEN). */
  authorization: boolean;
  body?: { contentType: string; text: string };
}

/**
 * The body as the generators print it. JSON and form bodies are structured so that secret fields
 * (a client secret, a password) can be swapped for environment variables; anything else is text.
 */
export type SnippetBody =
  | { kind: 'json'; value: JsonValue; text: string; hasEnvRefs: boolean }
  | { kind: 'form'; fields: [string, string | EnvRef][] }
  | { kind: 'text'; text: string };

/** A header as the generators print it: a literal value or an environment variable. */
export interface SnippetHeader {
  name: string;
  value: string | EnvRef;
  /** Printed before the variable, e.g. `CwsAuth Bearer=`. */
  prefix?: string;
}

export const TOKEN_ENV = 'CITRIX_TOKEN';
