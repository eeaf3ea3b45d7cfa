import { z } from 'zod';

import { customerIdSchema } from '@/lib/schemas/credentials';

/** One extra API client the sandbox accepts, besides the demo client. */
export const sandboxClientSchema = z
  .object({
    customerId: customerIdSchema,
    clientId: z.string().min(1).max(128),
    clientSecret: z.string().min(8).max(256),
    /** Optional per-client token lifetime, e.g. a few seconds to show expiry in a demo. */
    tokenTtlSeconds: z.number().int().min(5).max(86_400).optional(),
  })
  .strict();
export type SandboxClient = z.infer<typeof sandboxClientSchema>;

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((value) => ['true', '1', 'yes', 'on'].includes(value));

const jsonArrayOfClients = z.string().transform((raw, ctx) => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be a JSON array of {customerId, clientId, clientSecret}' });
    return z.NEVER;
  }
  const result = z.array(sandboxClientSchema).max(50).safeParse(parsed);
  if (!result.success) {
    const first = result.error.issues[0];
    ctx.addIssue({
      code: 'custom',
      message: `invalid entry at [${first?.path.join('.') ?? ''}]: ${first?.message ?? 'bad value'}`,
    });
    return z.NEVER;
  }
  return result.data;
});

/**
 * Session passwords: one string, or a JSON object `{"2":"new…","1":"old…"}` for rotation
 * (iron-session seals with the highest id and unseals with any).
 */
const sessionPasswordSchema = z.string().transform((raw, ctx) => {
  const trimmed = raw.trim();
  if (trimmed.startsWith('{')) {
    try {
      const map = z.record(z.string().regex(/^\d+$/), z.string().min(32)).parse(JSON.parse(trimmed));
      if (Object.keys(map).length === 0) throw new Error('empty');
      return map;
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: 'a rotation map must be {"<id>": "<at least 32 characters>", …}',
      });
      return z.NEVER;
    }
  }
  if (trimmed.length < 32) {
    ctx.addIssue({ code: 'custom', message: 'must be at least 32 characters long' });
    return z.NEVER;
  }
  return trimmed;
});

const redisUrlSchema = z.string().refine(
  (raw) => {
    try {
      const url = new URL(raw);
      return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
    } catch {
      return false;
    }
  },
  { message: 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379/0' },
);

/**
 * The sandbox demo client's documented secret: a public demo value (README, DESIGN §7), which the
 * app may show for command-line use. A deployment that overrides it gets a private one, never shown.
 */
export const PUBLIC_DEMO_CLIENT_SECRET = 'Sbx3Demo+Secret/Key9w==';

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SESSION_PASSWORD: sessionPasswordSchema.optional(),
  SANDBOX_ENABLED: booleanFlag.default(true),
  SANDBOX_CLIENTS: jsonArrayOfClients.default([]),
  SANDBOX_TOKEN_TTL_SECONDS: z.coerce.number().int().min(5).max(86_400).default(3600),
  SANDBOX_TOKEN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  SANDBOX_DEMO_CUSTOMER_ID: customerIdSchema.default('sandboxdemo01'),
  SANDBOX_DEMO_CLIENT_ID: z.string().min(1).max(128).default('6f1b3c2a-9d4e-4c57-8a20-5e7b9d1c0f42'),
  SANDBOX_DEMO_CLIENT_SECRET: z.string().min(8).max(256).default(PUBLIC_DEMO_CLIENT_SECRET),
  COOKIE_SECURE: z.enum(['auto', 'always', 'never']).default('auto'),
  LOG_LEVEL: z.enum(['silent', 'info']).default('info'),
  /**
   * A public deployment: POST /api/invoke refuses POST, PUT, PATCH and DELETE (the token
   * exchange aside) with 403 READ_ONLY_DEPLOYMENT, and resetting the sandbox is switched off.
   */
  READ_ONLY: booleanFlag.default(false),
  /**
   * Token generation (POST /api/auth/token) limits, per minute, per process. A browser session is
   * told apart by a random id cookie; a client address only when TRUST_PROXY_HEADERS is on, else
   * every client shares the UNIDENTIFIED bucket (see lib/rate-limit/token-rate-limit.ts).
   */
  TOKEN_RATE_LIMIT_PER_MINUTE_PER_SESSION: z.coerce.number().int().min(1).max(100_000).default(5),
  TOKEN_RATE_LIMIT_PER_MINUTE_PER_IP: z.coerce.number().int().min(1).max(100_000).default(10),
  TOKEN_RATE_LIMIT_PER_MINUTE_UNIDENTIFIED: z.coerce.number().int().min(1).max(100_000).default(60),
  /** Only behind a reverse proxy that sets X-Forwarded-For itself: the last entry is then the client. */
  TRUST_PROXY_HEADERS: booleanFlag.default(false),
  /**
   * The origin users reach the app at (`https://explorer.example.com`), for the URLs the app writes
   * itself: sandbox URLs in exports and in Invoke API results. Unset, the request's Host is used
   * only when it names this machine (see lib/config/app-origin.ts); set it behind a reverse proxy.
   */
  APP_ORIGIN: z
    .url({ protocol: /^https?$/ })
    .transform((value) => new URL(value).origin)
    .optional(),
  /**
   * Several instances behind a load balancer: the sandbox's data, rate limits, concurrency caps
   * and the session revocation list live in this Redis (redis:// or rediss:// for TLS, with a
   * password in the URL). Unset: all of it in each process's memory.
   */
  REDIS_URL: redisUrlSchema.optional(),
  /** Benchmarks and demos: every sandbox API answer (not the token service) waits this long. */
  SANDBOX_LATENCY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
});
export type EnvInput = z.input<typeof envSchema>;
export type Env = z.output<typeof envSchema>;
