import { describe, expect, it } from 'vitest';

import nextConfig from './next.config.js';

/**
 * Issue 12 (fresh clone): `next dev` opened as http://127.0.0.1:3000 never became usable, because
 * Next.js refuses its HMR socket to origins it was not told about. Both names of this machine must
 * work, and copied Citrix paths that end in a slash must not be redirected (curl does not follow).
 */
describe('next.config.js', () => {
  it('lets the development server be opened as localhost and as 127.0.0.1', () => {
    expect(nextConfig.allowedDevOrigins).toEqual(expect.arrayContaining(['localhost', '127.0.0.1']));
  });

  it('never answers a path with or without its trailing slash by a redirect', () => {
    expect(nextConfig.skipTrailingSlashRedirect).toBe(true);
  });
});
