import { z } from 'zod';

/** The OAuth 2.0 success body; Citrix sends `expires_in` as a string, tolerate a number too. */
export const oauthTokenSchema = z.object({
  token_type: z.string().optional(),
  access_token: z.string().min(1).max(16_384),
  expires_in: z.union([z.string().regex(/^\d+$/), z.number().int()]).transform(Number),
});

/** The deprecated trust service's body; `expiresIn` is a number there. The openIdToken is ignored. */
export const trustTokenSchema = z.object({
  token: z.string().min(1).max(16_384),
  expiresIn: z.number().int(),
});

export const oauthErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() });

export const citrixErrorSchema = z.object({
  type: z.string().optional(),
  detail: z.string().optional(),
  parameters: z
    .union([z.array(z.object({ name: z.string(), value: z.unknown() })), z.record(z.string(), z.unknown())])
    .optional(),
});

/** The retry delay a Citrix 429 asks for: body `retryDelay` parameter, else `Retry-After` seconds. */
export function retryDelaySeconds(body: unknown, retryAfterHeader: string | undefined): number | undefined {
  const parsed = citrixErrorSchema.safeParse(body);
  if (parsed.success && parsed.data.parameters) {
    const params = parsed.data.parameters;
    const value = Array.isArray(params)
      ? params.find((p) => p.name === 'retryDelay')?.value
      : params.retryDelay;
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0 && seconds < 86_400) return Math.ceil(seconds);
  }
  if (retryAfterHeader && /^\d{1,6}$/.test(retryAfterHeader.trim())) return Number(retryAfterHeader.trim());
  if (retryAfterHeader) {
    const date = Date.parse(retryAfterHeader);
    if (Number.isFinite(date)) return Math.max(0, Math.ceil((date - Date.now()) / 1000));
  }
  return undefined;
}
