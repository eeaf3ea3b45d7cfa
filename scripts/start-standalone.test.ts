import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./start-standalone.mjs', import.meta.url));

/**
 * Issue 12 (README): `npm start` printed "Ready" and then stopped on the first request for a
 * missing SESSION_PASSWORD, without saying how to make one. It must say so before starting.
 */
describe('npm start without SESSION_PASSWORD', () => {
  it('exits at once with a message that says how to make a password', () => {
    const env = { ...process.env };
    delete env.SESSION_PASSWORD;
    const result = spawnSync(process.execPath, [SCRIPT], { env, encoding: 'utf8', timeout: 10_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SESSION_PASSWORD is not set');
    expect(result.stderr).toContain('export SESSION_PASSWORD="$(openssl rand -base64 32)"');
    expect(result.stdout).not.toContain('Ready');
  });
});
