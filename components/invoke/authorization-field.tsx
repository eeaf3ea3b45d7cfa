'use client';

import { useState } from 'react';

import { useAuthDialog } from '@/components/auth/auth-dialog-provider';
import { revealToken } from '@/components/auth/use-auth-actions';
import { useNow } from '@/components/auth/use-now';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { inputClass } from '@/components/ui/field';
import type { ParamSpec } from '@/lib/invoke-form/types';

import { FieldLabel } from './field-label';
import { fieldId } from './param-field';

const MASKED = 'CwsAuth Bearer=••••••••';

interface AuthorizationFieldProps {
  param: ParamSpec;
  authenticated: boolean;
  expiresAt?: number;
  /** A pasted value (sent as authorizationOverride), or undefined to use the session's token. */
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  error?: string;
}

function remaining(ms: number): string {
  if (ms <= 0) return 'expired';
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.floor((ms % 60_000) / 1000);
  return `expires in ${minutes}:${String(seconds).padStart(2, '0')}`;
}

/**
 * Authorization, filled from the session and masked; the token itself is fetched only when the
 * user asks to reveal or copy it. Typing replaces it for this form (sent as an override).
 */
export function AuthorizationField({
  param,
  authenticated,
  expiresAt,
  value,
  onChange,
  error,
}: AuthorizationFieldProps) {
  const { openAuthDialog } = useAuthDialog();
  const now = useNow();
  const [revealed, setRevealed] = useState<string | null>(null);
  const [revealError, setRevealError] = useState<string | null>(null);
  const id = fieldId(param);
  const usingSession = value === undefined && authenticated;
  const shown = value ?? (usingSession ? (revealed ? `CwsAuth Bearer=${revealed}` : MASKED) : '');

  async function toggleReveal() {
    if (revealed) return setRevealed(null);
    try {
      setRevealed((await revealToken()).token);
      setRevealError(null);
    } catch {
      setRevealError('The token could not be revealed.');
    }
  }

  function change(next: string) {
    // Typing into the mask replaces it rather than editing the dots.
    onChange(usingSession && !revealed ? next.replace(MASKED, '').replace(/•+/g, '') : next);
  }

  const hint =
    value !== undefined
      ? 'A pasted token, used for this form instead of your session’s.'
      : authenticated
        ? `From your session — ${expiresAt ? remaining(expiresAt - now) : 'valid'}. Typing replaces it for this form.`
        : 'Not authenticated: generate a token, or paste one as CwsAuth Bearer=<token>.';
  return (
    <div className="grid gap-1.5 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <div className="flex flex-col pt-2">
        <FieldLabel htmlFor={id} param={param} />
        <span className="font-mono text-[11px] text-slate-500 dark:text-slate-400">string · header</span>
      </div>
      <div className="flex min-w-0 flex-col gap-1">
        <div className="flex flex-wrap gap-2">
          <input
            id={id}
            type="text"
            autoComplete="off"
            spellCheck={false}
            aria-required={param.required}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${error ? `${id}-error ` : ''}${id}-hint`}
            value={shown}
            placeholder="CwsAuth Bearer=<token>"
            onFocus={(event) => usingSession && !revealed && event.target.select()}
            onChange={(event) => change(event.target.value)}
            className={`${inputClass} min-w-0 flex-1 font-mono`}
          />
          {usingSession ? (
            <>
              <Button variant="secondary" size="sm" onClick={toggleReveal} aria-pressed={Boolean(revealed)}>
                {revealed ? 'Hide token' : 'Reveal token'}
              </Button>
              <CopyButton
                label="Copy token"
                value={async () => `CwsAuth Bearer=${(await revealToken()).token}`}
              />
            </>
          ) : null}
          {value !== undefined && authenticated ? (
            <Button variant="secondary" size="sm" onClick={() => onChange(undefined)}>
              Use session token
            </Button>
          ) : null}
          {!authenticated ? (
            <Button size="sm" onClick={openAuthDialog}>
              Generate here
            </Button>
          ) : null}
        </div>
        {error ? (
          <p id={`${id}-error`} className="text-xs font-medium text-red-700 dark:text-red-400">
            {error}
          </p>
        ) : null}
        {revealError ? (
          <p role="alert" className="text-xs text-red-700">
            {revealError}
          </p>
        ) : null}
        <p id={`${id}-hint`} className="text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      </div>
    </div>
  );
}
