import type { Metadata } from 'next';

import { TokenPanel } from '@/components/token/token-panel';
import { enabledDemoClientId } from '@/lib/sandbox/sandbox-config';
import { readActiveAuth } from '@/lib/session/session';
import { toPublicSession } from '@/lib/session/session-data';

export const metadata: Metadata = { title: 'Bearer token' };

/** The session this request's cookie holds (never the token), and when it was read. */
async function readSessionNow() {
  return { session: toPublicSession(await readActiveAuth(), enabledDemoClientId()), readAt: Date.now() };
}

export default async function TokenPage() {
  // Drawn with the page, so the token (masked) is on screen before the page's code has loaded;
  // the panel's session query takes over once it answers (and renews a token about to expire).
  const server = await readSessionNow();
  return (
    <div className="mx-auto max-w-6xl">
      <h1 className="text-2xl font-semibold tracking-tight">Bearer token</h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-300">
        For Postman, curl or a script: copy the token as{' '}
        <code className="font-mono">CwsAuth Bearer=&lt;token&gt;</code>, watch its expiry, or copy the
        commands that generate it yourself.
      </p>
      <div className="mt-6">
        <TokenPanel server={server} />
      </div>
    </div>
  );
}
