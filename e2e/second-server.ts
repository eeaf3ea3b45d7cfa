import { spawn, type ChildProcess } from 'node:child_process';

import { expect } from '@playwright/test';

import { E2E_PORT, SERVER_ENV } from './test-env';

/**
 * A second production server from the same build, on its own port and with its own environment
 * (e.g. READ_ONLY=true), for the cases the main, writable e2e server must not be switched into.
 */
export class SecondServer {
  private child: ChildProcess | undefined;
  readonly baseUrl: string;

  constructor(
    private readonly offset: number,
    private readonly env: Record<string, string>,
  ) {
    this.baseUrl = `http://127.0.0.1:${E2E_PORT + offset}`;
  }

  async start(): Promise<void> {
    const port = String(E2E_PORT + this.offset);
    this.child = spawn(process.execPath, ['scripts/start-standalone.mjs'], {
      // E2E_APP_DIR: a copy of the build (with scripts/), when others may rebuild .next meanwhile.
      cwd: process.env.E2E_APP_DIR ?? process.cwd(),
      env: { ...process.env, ...SERVER_ENV, PORT: port, ...this.env },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => this.child!.once('exit', resolve));
    await expect
      .poll(
        async () => {
          const early = await Promise.race([exited, Promise.resolve('running' as const)]);
          if (early !== 'running') return `exited with ${early}`;
          return fetch(`${this.baseUrl}/api/health`).then(
            (response) => response.status,
            () => 0,
          );
        },
        { timeout: 60_000, message: `the second server on port ${port} answers /api/health` },
      )
      .toBe(200);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}
