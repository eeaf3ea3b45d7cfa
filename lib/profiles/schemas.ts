import { z } from 'zod';

/** Same rule as the server's cookie names (lib/session/session-options.ts PROFILE_ID_PATTERN). */
export const profileIdSchema = z
  .string()
  .regex(/^[a-z0-9]{1,16}$/, 'A profile id is 1–16 lower-case letters or digits');

/** `POST /api/profiles/active`. */
export const activateProfileSchema = z.object({ profileId: profileIdSchema }).strict();
export type ActivateProfileInput = z.infer<typeof activateProfileSchema>;

export const profileNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the profile a name')
  .max(40, 'A profile name is at most 40 characters');
