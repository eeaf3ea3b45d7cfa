import { defineConfig, mergeConfig } from 'vitest/config';

import base from './vitest.config';

/**
 * The tests that guard the security-relevant modules, and only those: `npm run mutation` runs
 * StrykerJS with this config so a mutation pass stays short (see stryker.config.mjs).
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: [
        'lib/proxy/path-rules*.test.ts',
        'lib/proxy/upstream-url*.test.ts',
        'lib/proxy/headers.test.ts',
        'lib/history/sanitize.test.ts',
        'lib/share/*.test.ts',
        'lib/session/*.test.ts',
        'lib/http/request-guards.test.ts',
      ],
    },
  }),
);
