import { z } from 'zod';

import { AUTH_FLOWS, REGION_IDS } from '@/lib/citrix/regions';

/** Citrix customer IDs are short opaque words; this also keeps them safe inside a URL path. */
export const customerIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Customer ID must be 1–64 letters, digits, "-" or "_"');

export const regionIdSchema = z.enum(REGION_IDS, {
  error: () => `Region must be one of: ${REGION_IDS.join(', ')}`,
});

export const authFlowSchema = z.enum(AUTH_FLOWS);
export type { AuthFlow } from '@/lib/citrix/regions';

const clientIdSchema = z.string().trim().min(1, 'Client ID is required').max(128, 'Client ID is too long');
const clientSecretSchema = z.string().min(1, 'Secret is required').max(256, 'Secret is too long');

/** What the Set Authentication dialog posts to `POST /api/auth/token`. */
export const credentialsSchema = z.discriminatedUnion('mode', [
  z
    .object({
      mode: z.literal('client'),
      region: regionIdSchema,
      flow: authFlowSchema.default('oauth2'),
      customerId: customerIdSchema,
      clientId: clientIdSchema,
      clientSecret: clientSecretSchema,
      renewAutomatically: z.boolean().default(false),
    })
    .strict(),
  z
    .object({
      // The sandbox demo client: the server fills in the credentials, so the demo secret never travels.
      mode: z.literal('sandbox-demo'),
      flow: authFlowSchema.default('oauth2'),
      renewAutomatically: z.boolean().default(false),
    })
    .strict(),
]);
export type CredentialsInput = z.input<typeof credentialsSchema>;
export type Credentials = z.output<typeof credentialsSchema>;
