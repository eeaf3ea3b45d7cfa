import { defineConfig } from 'vitest/config';

import base from './vitest.config';

/**
 * The tests that guard the security-relevant modules, and only those: `npm run mutation` runs
 * StrykerJS with this config so a mutation pass stays short (see stryker.config.mjs). The include
 * list replaces the base one (mergeConfig would append to it).
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'lib/citrix/path-rules*.test.ts',
      'lib/proxy/upstream-url*.test.ts',
      'lib/proxy/headers.test.ts',
      'lib/history/sanitize.test.ts',
      'lib/share/*.test.ts',
      'lib/session/*.test.ts',
      // The session's sealing, revocation and renewal are exercised through these too.
      'lib/security/session-cookie.test.ts',
      'lib/auth/renew.test.ts',
      'lib/proxy/concurrency.test.ts',
      'app/api/invoke/route.test.ts',
      'lib/http/request-guards.test.ts',
    ],
  },
});
