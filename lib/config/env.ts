import 'server-only';

import { randomBytes } from 'node:crypto';

import { envSchema, type Env } from './env-schema';

/** Thrown when the environment is invalid; the message names every bad variable. */
export class EnvError extends Error {}

/** Parses an environment (process.env by default); pure apart from reading its argument. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "unset", as in a .env file with `KEY=`.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  if (result.data.NODE_ENV === 'production' && !result.data.SESSION_PASSWORD) {
    throw new EnvError(
      'Invalid environment configuration:\n  SESSION_PASSWORD: required in production (at least 32 characters)',
    );
  }
  return result.data;
}

export type ResolvedEnv = Env & {
  SESSION_PASSWORD: string | Record<string, string>;
  ephemeralPassword: boolean;
};

let cached: ResolvedEnv | undefined;

/** The validated configuration of this process, read once. */
export function env(): ResolvedEnv {
  if (cached) return cached;
  const parsed = parseEnv(process.env);
  if (parsed.SESSION_PASSWORD) {
    cached = { ...parsed, SESSION_PASSWORD: parsed.SESSION_PASSWORD, ephemeralPassword: false };
  } else {
    // Development only (production refuses above): sessions die with the process. Kept on
    // globalThis so that every bundle of the dev server (each may hold its own copy of this
    // module) seals and opens cookies with the same password.
    const holder = globalThis as typeof globalThis & { __cxapiEphemeralPassword?: string };
    if (!holder.__cxapiEphemeralPassword) {
      holder.__cxapiEphemeralPassword = randomBytes(32).toString('base64url');
      console.warn(
        '[config] SESSION_PASSWORD is not set: using an ephemeral password for this development process. ' +
          'Sessions will not survive a restart.',
      );
    }
    cached = { ...parsed, SESSION_PASSWORD: holder.__cxapiEphemeralPassword, ephemeralPassword: true };
  }
  return cached;
}

/** Test hook: forget the cached configuration. */
export function resetEnvForTests(): void {
  cached = undefined;
}
