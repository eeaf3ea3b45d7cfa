import type { HttpMethod } from '@/lib/http/methods';

/** What an environment variable's name may be: it is spliced into code, so only an identifier. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A reference to an environment variable, printed in each language's own syntax. A class with a
 * private brand, not a plain `{env}` object: a request body is JSON, and JSON can hold
 * `{"env": "A||require('fs')…"}` — only the app itself (lib/snippets/secrets.ts) makes these, and
 * the name is checked to be an identifier before it can reach a snippet as code.
 */
export class EnvRef {
  readonly #brand = true;
  readonly env: string;

  constructor(name: string) {
    if (!ENV_NAME.test(name)) throw new Error(`Not an environment variable name: ${JSON.stringify(name)}`);
    this.env = name;
  }

  static is(value: unknown): value is EnvRef {
    return value instanceof EnvRef && value.#brand;
  }
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
  | { kind: 'text'; text: string }
  /** Too large or too deeply nested to print: the snippet says so instead (see `reason`). */
  | { kind: 'too-large'; reason: string };

/** A header as the generators print it: a literal value or an environment variable. */
export interface SnippetHeader {
  name: string;
  value: string | EnvRef;
  /** Printed before the variable, e.g. `CwsAuth Bearer=`. */
  prefix?: string;
}

export const TOKEN_ENV = 'CITRIX_TOKEN';
