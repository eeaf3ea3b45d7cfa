import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { E2E_PORT } from './test-env';

/** Where scripts/e2e-server.mjs copies everything the e2e server prints (stdout and stderr). */
export const SERVER_LOG = fileURLToPath(new URL('../test-results/server.log', import.meta.url));

/**
 * The server log of this run. Fails loudly when it is missing or belongs to another server:
 * with `reuseExistingServer`, a server Playwright did not start writes its output elsewhere, and
 * an empty sweep would prove nothing.
 */
export function readServerLog(): string {
  if (!existsSync(SERVER_LOG)) {
    throw new Error(`${SERVER_LOG} does not exist: run the suite with the server Playwright starts (stop any server on port ${E2E_PORT}).`);
  }
  const text = readFileSync(SERVER_LOG, 'utf8');
  if (!text.includes(`:${E2E_PORT}`)) {
    throw new Error(`${SERVER_LOG} is not the log of the server on port ${E2E_PORT} (a reused server?).`);
  }
  return text;
}

/** The structured JSON lines of the log (anything else, such as Next's banner, is skipped). */
export function logLines(text = readServerLog()): Record<string, unknown>[] {
  const lines: Record<string, unknown>[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      lines.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      // a line cut by a concurrent write; the next poll sees it whole
    }
  }
  return lines;
}
