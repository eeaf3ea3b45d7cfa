import { resetEnvForTests } from '@/lib/config/env';

export const TEST_SESSION_PASSWORD = 'unit-test-session-password-0123456789-xyz';

/** Sets a known environment for a unit test and forgets the cached configuration. */
export function useTestEnv(overrides: Record<string, string> = {}): void {
  process.env.SESSION_PASSWORD = TEST_SESSION_PASSWORD;
  process.env.LOG_LEVEL = 'silent';
  for (const [key, value] of Object.entries(overrides)) process.env[key] = value;
  resetEnvForTests();
}
