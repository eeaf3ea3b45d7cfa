import type { Metadata } from 'next';
import type { ReactNode } from 'react';

import { DemoModeToggle } from '@/components/demo-mode/demo-mode-toggle';
import { SandboxReset } from '@/components/demo-mode/sandbox-reset';
import { ProfileManager } from '@/components/profiles/profile-manager';
import { env } from '@/lib/config/env';

export const metadata: Metadata = { title: 'Settings' };
export const dynamic = 'force-dynamic';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default function SettingsPage() {
  const { READ_ONLY: readOnly, SANDBOX_ENABLED: sandboxEnabled } = env();
  const resetDisabled = !sandboxEnabled
    ? 'The sandbox is switched off on this deployment.'
    : readOnly
      ? 'This deployment is read-only: the sandbox is shared by every visitor, so resetting it is switched off (a restart reseeds it).'
      : undefined;
  return (
    <div className="mx-auto max-w-4xl space-y-10">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        {readOnly ? (
          <p
            role="note"
            data-testid="read-only-note"
            className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-200"
          >
            This deployment is read-only: POST, PUT, PATCH and DELETE calls are refused by the server (token
            requests aside).
          </p>
        ) : null}
      </div>
      <Section id="settings-profiles" title="Connection profiles">
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-300">
          A profile is a named connection — region, customer ID, client ID — with its own token and countdown.
          Names and IDs are kept in this browser; each token lives in its own sealed, HttpOnly cookie, and a
          secret only there, only with “Renew automatically”. At most three profiles can hold a real Citrix
          Cloud token at once (cookies travel with every request, and servers refuse request headers over 16
          KB).
        </p>
        <ProfileManager />
      </Section>
      <Section id="settings-demo" title="Demo mode">
        <DemoModeToggle />
      </Section>
      <Section id="settings-sandbox" title="Sandbox data">
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-300">
          The built-in sandbox keeps every change in memory. Reset it to its seeded data before (or after) a
          demo.
        </p>
        <SandboxReset disabledReason={resetDisabled} />
      </Section>
    </div>
  );
}
