import type { Metadata } from 'next';

import { TokenPanel } from '@/components/token/token-panel';

export const metadata: Metadata = { title: 'Bearer token' };

export default function TokenPage() {
  return (
    <div className="mx-auto max-w-6xl">
      <h1 className="text-2xl font-semibold tracking-tight">Bearer token</h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-300">
        For Postman, curl or a script: copy the token as{' '}
        <code className="font-mono">CwsAuth Bearer=&lt;token&gt;</code>, watch its expiry, or copy the
        commands that generate it yourself.
      </p>
      <div className="mt-6">
        <TokenPanel />
      </div>
    </div>
  );
}
