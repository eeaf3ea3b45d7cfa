// @ts-check
/**
 * Mutation testing of the security-relevant modules (issue 14 finding 3): path rules, the outbound
 * header allowlist, the history sanitizer, the share codec, the session and the CSRF guard. A
 * surviving mutant is a change to one of them that no test notices. Run with `npm run mutation`
 * (not part of `npm test`: it takes several minutes); the HTML report lands in reports/mutation/.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'lib/citrix/path-rules.ts',
    'lib/proxy/headers.ts',
    'lib/history/sanitize.ts',
    'lib/share/codec.ts',
    'lib/session/*.ts',
    '!lib/session/*.test.ts',
    'lib/http/request-guards.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  ignorePatterns: ['.next', 'e2e', 'test-results', 'playwright-report', 'reports', 'docs', 'bench'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};

export default config;
