import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { E2E_PORT } from './test-env';

/**
 * Where scripts/e2e-server.mjs copies everything the e2e server prints (stdout and stderr). A
 * per-port file is preferred when present, so that two suites run at once in the same tree (on
 * different E2E_PORTs) do not read each other's log.
 */
export function serverLogPath(): string {
  const perPort = fileURLToPath(new URL(`../test-results/server-${E2E_PORT}.log`, import.meta.url));
  return existsSync(perPort)
    ? perPort
    : fileURLToPath(new URL('../test-results/server.log', import.meta.url));
}

/**
 * The server log of this run. Fails loudly when it is missing or belongs to another server:
 * with `reuseExistingServer`, a server Playwright did not start writes its output elsewhere, and
 * an empty sweep would prove nothing.
 */
export function readServerLog(): string {
  const path = serverLogPath();
  if (!existsSync(path)) {
    throw new Error(
      `${path} does not exist: run the suite with the server Playwright starts (stop any server on port ${E2E_PORT}).`,
    );
  }
  const text = readFileSync(path, 'utf8');
  if (!text.includes(`:${E2E_PORT}`)) {
    throw new Error(`${path} is not the log of the server on port ${E2E_PORT} (a reused server?).`);
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
