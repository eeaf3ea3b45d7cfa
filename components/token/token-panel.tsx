'use client';

import { useEffect } from 'react';

import { useAuthDialog } from '@/components/auth/auth-dialog-provider';
import { revealToken } from '@/components/auth/use-auth-actions';
import { useNow } from '@/components/auth/use-now';
import { useSession } from '@/components/auth/use-session';
import { useRegion } from '@/components/shell/region-provider';
import { useHydrated } from '@/components/shell/use-hydrated';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { REGIONS } from '@/lib/citrix/regions';
import type { PublicSession } from '@/lib/session/session-data';
import { shellQuote } from '@/lib/snippets/quote';
import { expiryState, formatCountdown } from '@/lib/time/countdown';
import { formatUtc } from '@/lib/time/utc';
import { whenIdle } from '@/lib/time/when-idle';

import { MaskedToken } from './masked-token';
import { TokenClaims } from './token-claims';
import { TokenSnippetsPanel } from './token-snippets-panel';

const card = 'rounded-lg border border-slate-200 p-5 dark:border-slate-800';

interface TokenPanelProps {
  /** The session as the server read it for this page (never the token), and when it read it. */
  server: { session: PublicSession; readAt: number };
}

/** Manual token generation: the token, its expiry, its claims, and the commands to mint it yourself. */
export function TokenPanel({ server }: TokenPanelProps) {
  const { data, errorUpdateCount, refetch, isFetching } = useSession();
  // Hydrated as the server drew it: its session and its clock (times in UTC, not the browser's
  // locale). Then the session query's answer (a renewal, a sign-out, another profile) and the
  // browser's clock take over.
  const hydrated = useHydrated();
  const session = hydrated ? (data ?? server.session) : server.session;
  const clientNow = useNow();
  const now = hydrated ? clientNow : server.readAt;
  const { region } = useRegion();
  const { openAuthDialog } = useAuthDialog();
  // A page's first local date costs the browser 20–30 ms here (its locale and time zone data): paid
  // while idle, not in the render that shows a token just generated.
  useEffect(() => whenIdle(() => void new Date(0).toLocaleString()), []);

  const authenticated = Boolean(session.authenticated && session.expiresAt);
  const state = authenticated ? expiryState(session!.expiresAt!, now) : 'expired';
  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <section aria-labelledby="current-token" className={card}>
        <h2 id="current-token" className="text-lg font-semibold">
          Current token
        </h2>
        {/* Kept while it is checked again (a refetch of a query without data reads as pending). */}
        {hydrated && errorUpdateCount > 0 && !data ? (
          <div
            role="status"
            className="mt-3 flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
          >
            <span>The session could not be checked just now: this is how it was when the page loaded.</span>
            <Button variant="secondary" size="sm" onClick={() => void refetch()} disabled={isFetching}>
              {isFetching ? 'Checking…' : 'Check again'}
            </Button>
          </div>
        ) : null}
        {!authenticated ? (
          <div className="mt-3 flex flex-col items-start gap-3">
            <p className="text-sm text-slate-600 dark:text-slate-300">
              Not authenticated: there is no token yet.
            </p>
            <Button onClick={openAuthDialog}>Set Authentication</Button>
          </div>
        ) : (
          <div className="mt-3 flex flex-col gap-4">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-500">Region</dt>
              <dd>{REGIONS[session!.region!].label}</dd>
              <dt className="text-slate-500">Customer ID</dt>
              <dd className="font-mono">{session!.customerId}</dd>
              {session!.tokenCustomerId ? (
                <>
                  <dt className="text-slate-500">Token’s customer</dt>
                  <dd className="font-mono" data-testid="token-customer">
                    {session!.tokenCustomerId}
                  </dd>
                </>
              ) : null}
              <dt className="text-slate-500">Client ID</dt>
              <dd className="break-all font-mono">{session!.clientId}</dd>
              <dt className="text-slate-500">Expires at</dt>
              <dd>
                <time data-testid="token-expires-at" dateTime={new Date(session!.expiresAt!).toISOString()}>
                  {hydrated ? new Date(session!.expiresAt!).toLocaleString() : formatUtc(session!.expiresAt!)}
                </time>
              </dd>
              <dt className="text-slate-500">Time left</dt>
              <dd
                data-testid="token-countdown"
                className={
                  state === 'valid'
                    ? ''
                    : state === 'expiring'
                      ? 'font-medium text-amber-700 dark:text-amber-300'
                      : 'font-medium text-red-700 dark:text-red-400'
                }
              >
                {state === 'expired' ? 'expired' : `expires in ${formatCountdown(session!.expiresAt!, now)}`}
              </dd>
            </dl>
            {session!.tokenCustomerId && session!.tokenCustomerId !== session!.customerId ? (
              <p
                role="alert"
                data-testid="customer-mismatch"
                className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
              >
                This token was issued for customer{' '}
                <code className="font-mono">{session!.tokenCustomerId}</code>, not{' '}
                <code className="font-mono">{session!.customerId}</code>: calls sent with Citrix-CustomerId{' '}
                {session!.customerId} will be answered 401. Generate the token again with customer ID{' '}
                {session!.tokenCustomerId}, or with an API client of {session!.customerId}.
              </p>
            ) : null}
            {state === 'expiring' ? (
              <p
                role="status"
                className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
              >
                This token expires in under five minutes.
                {session!.renewAutomatically ? ' It will be renewed automatically.' : ''}
              </p>
            ) : null}
            {state === 'expired' ? (
              <p
                role="alert"
                className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
              >
                This token has expired. Citrix Cloud tokens cannot be refreshed, only minted again.
              </p>
            ) : null}
            <MaskedToken />
            <div className="flex flex-wrap items-center gap-2">
              <CopyButton
                label="Copy export CITRIX_TOKEN=…"
                value={async () => `export CITRIX_TOKEN=${shellQuote((await revealToken()).token)}`}
              />
              <span className="text-xs text-slate-600 dark:text-slate-400">
                Paste it into a terminal (bash, zsh): the code snippets read <code>$CITRIX_TOKEN</code>.
              </span>
            </div>
            <div>
              <Button variant={state === 'valid' ? 'secondary' : 'primary'} onClick={openAuthDialog}>
                Generate a new token
              </Button>
            </div>
            <h3 className="text-sm font-semibold">Decoded JWT</h3>
            <TokenClaims expiresAt={session!.expiresAt!} />
          </div>
        )}
      </section>
      <section aria-labelledby="token-commands" className={card}>
        <h2 id="token-commands" className="text-lg font-semibold">
          Generate it yourself
        </h2>
        <p className="mb-3 mt-1 text-sm text-slate-600 dark:text-slate-300">
          The same exchange from a terminal, for {REGIONS[session.region ?? region].label}. Set{' '}
          <code>CLIENT_ID</code>, <code>CLIENT_SECRET</code> and <code>CUSTOMER_ID</code> in your environment
          first; the commands never contain them.
        </p>
        <TokenSnippetsPanel
          region={session.region ?? region}
          flow={session.flow ?? 'oauth2'}
          customerId={session.customerId ?? 'your-customer-id'}
        />
      </section>
    </div>
  );
}
