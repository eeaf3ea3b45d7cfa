'use client';

import { useState } from 'react';

import { revealToken } from '@/components/auth/use-auth-actions';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';

const MASK = '•'.repeat(24);

/** The Authorization value, masked until the user asks to see it; copying fetches it on demand. */
export function MaskedToken() {
  const [token, setToken] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function toggle() {
    if (token) return setToken(null);
    try {
      setToken((await revealToken()).token);
      setError(null);
    } catch {
      setError('The token could not be revealed.');
    }
  }

  const fetchToken = async () => (await revealToken()).token;
  return (
    <div className="flex flex-col gap-2">
      <span id="authorization-label" className="text-sm font-medium text-slate-700 dark:text-slate-200">
        Authorization
      </span>
      <output
        aria-labelledby="authorization-label"
        data-testid="authorization-value"
        className="block max-h-40 overflow-auto break-all rounded-md border border-slate-200 bg-slate-50 px-3 py-2 font-mono text-sm dark:border-slate-700 dark:bg-slate-900"
      >
        CwsAuth Bearer={token ?? MASK}
      </output>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={toggle} aria-pressed={Boolean(token)}>
          {token ? 'Hide token' : 'Reveal token'}
        </Button>
        <CopyButton label="Copy token" value={fetchToken} />
        <CopyButton
          label="Copy as Authorization header"
          value={async () => `Authorization: CwsAuth Bearer=${await fetchToken()}`}
        />
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
