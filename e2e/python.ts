import { execFileSync } from 'node:child_process';

/** A Python 3 that can import requests: the one on PATH, else Debian's (python3-requests). */
export function pythonWithRequests(): string {
  for (const candidate of [process.env.PYTHON ?? 'python3', '/usr/bin/python3']) {
    try {
      execFileSync(candidate, ['-c', 'import requests'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error('No Python 3 with the requests package: install python3-requests');
}
