'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { ApiCallError } from '@/lib/query/fetch-json';
import { credentialsSchema, type AuthFlow } from '@/lib/schemas/credentials';

import { useRegion } from '../shell/region-provider';

import { CredentialFields, type CredentialValues } from './credential-fields';
import { useGenerateToken } from './use-auth-actions';

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

type FieldErrors = Partial<Record<keyof CredentialValues | 'form', string>>;

/** "Set Authentication", as on the Citrix portal: the server exchanges the credentials for a token. */
export function SetAuthenticationDialog({ open, onOpenChange }: Props) {
  const { region, setRegion } = useRegion();
  const generate = useGenerateToken();
  const [values, setValues] = useState<CredentialValues>({ customerId: '', clientId: '', clientSecret: '' });
  const [flow, setFlow] = useState<AuthFlow>('oauth2');
  const [renew, setRenew] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});

  function finish() {
    // The secret leaves the page's memory as soon as the exchange is done.
    setValues((current) => ({ ...current, clientSecret: '' }));
    setErrors({});
    onOpenChange(false);
  }

  function failed(error: unknown) {
    setErrors({ form: error instanceof ApiCallError ? error.message : 'The token could not be generated.' });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = credentialsSchema.safeParse({ mode: 'client', region, flow, renewAutomatically: renew, ...values });
    if (!parsed.success) {
      const next: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof FieldErrors;
        next[key] ??= issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    generate.mutate(parsed.data, {
      onSuccess: finish,
      onError: failed,
    });
  }

  function useDemo() {
    setErrors({});
    generate.mutate(
      { mode: 'sandbox-demo', flow, renewAutomatically: renew },
      {
        onSuccess: (session) => {
          if (session.region) setRegion(session.region);
          finish();
        },
        onError: failed,
      },
    );
  }

  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? onOpenChange(true) : finish())}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[90vh] w-[min(34rem,94vw)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-6 shadow-xl dark:bg-slate-900">
          <Dialog.Title className="text-lg font-semibold">Set Authentication</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            The server exchanges your API client&apos;s credentials for a bearer token and keeps it in a sealed,
            HttpOnly cookie. The secret never comes back to this page.
          </Dialog.Description>
          <form className="mt-4 flex flex-col gap-4" onSubmit={submit} noValidate>
            <CredentialFields
              values={values}
              onChange={setValues}
              flow={flow}
              onFlowChange={setFlow}
              renew={renew}
              onRenewChange={setRenew}
              errors={errors}
            />
            {errors.form ? (
              <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
                {errors.form}
              </p>
            ) : null}
            <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 pt-4 dark:border-slate-700">
              <Button variant="secondary" onClick={useDemo} disabled={generate.isPending}>
                Use the sandbox demo client
              </Button>
              <div className="flex gap-2">
                <Dialog.Close asChild>
                  <Button variant="ghost">Cancel</Button>
                </Dialog.Close>
                <Button type="submit" disabled={generate.isPending}>
                  {generate.isPending ? 'Generating…' : 'Generate'}
                </Button>
              </div>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
