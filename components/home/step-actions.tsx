'use client';

import { useMutation } from '@tanstack/react-query';

import { useAuthDialog } from '@/components/auth/auth-dialog-provider';
import { useGenerateToken } from '@/components/auth/use-auth-actions';
import { useSession } from '@/components/auth/use-session';
import { statusTone } from '@/components/explorer/status-tone';
import { useRegion } from '@/components/shell/region-provider';
import { Button } from '@/components/ui/button';
import { Link } from '@/components/ui/link';
import { statusLine } from '@/lib/invoke-form/status-meaning';
import { fetchJson } from '@/lib/query/fetch-json';
import type { InvokeRequestInput, InvokeResult } from '@/lib/schemas/invoke';

/** Step 1: the sandbox stands in for a Citrix Cloud sign-in. */
export function PickSandboxAction() {
  const { region, setRegion } = useRegion();
  if (region === 'sandbox')
    return <p className="text-sm text-emerald-700 dark:text-emerald-400">✓ Region: Sandbox is selected.</p>;
  return (
    <Button variant="secondary" size="sm" onClick={() => setRegion('sandbox')}>
      Use the Sandbox region
    </Button>
  );
}

/** Step 4: generate the token, with the demo client or your own. */
export function GenerateTokenAction() {
  const { openAuthDialog } = useAuthDialog();
  const { data: session } = useSession();
  const { setRegion } = useRegion();
  const generate = useGenerateToken();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button onClick={openAuthDialog}>Set Authentication</Button>
      <Button
        variant="secondary"
        disabled={generate.isPending}
        onClick={() =>
          generate.mutate({ mode: 'sandbox-demo' }, { onSuccess: (s) => s.region && setRegion(s.region) })
        }
      >
        {generate.isPending ? 'Generating…' : 'Generate with the sandbox demo client'}
      </Button>
      {session?.authenticated ? (
        <Link
          href="/token"
          className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100"
        >
          ✓ Token ready — open the token page →
        </Link>
      ) : null}
      {generate.error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {generate.error.message}
        </p>
      ) : null}
    </div>
  );
}

/** Step 5: one real call, GET /cvad/manage/me, with the token of step 4. */
export function FirstCallAction() {
  const { data: session } = useSession();
  const call = useMutation({
    mutationFn: () => {
      const request: InvokeRequestInput = {
        region: session!.region!,
        serviceId: 'daas',
        method: 'GET',
        path: '/me',
        headers: [
          ['Citrix-CustomerId', session!.customerId!],
          ['Accept', 'application/json'],
        ],
      };
      return fetchJson<InvokeResult>('/api/invoke', { method: 'POST', body: request });
    },
  });
  const ready = Boolean(session?.authenticated && session.region && session.customerId);
  const result = call.data;
  const me = result ? meSummary(result) : undefined;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button onClick={() => call.mutate()} disabled={!ready || call.isPending}>
        {call.isPending ? 'Calling…' : 'Call GET /cvad/manage/me'}
      </Button>
      <Link
        href="/apis/daas/Me_GetMe"
        className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100"
      >
        Open it in the explorer →
      </Link>
      {!ready ? (
        <p className="w-full text-sm text-slate-600 dark:text-slate-300">Generate a token first (step 4).</p>
      ) : null}
      {result ? (
        <p role="status" data-testid="first-call-result" className="w-full text-sm">
          <span className={`rounded-md px-2 py-0.5 font-mono text-xs font-bold ${statusTone(result.status)}`}>
            {statusLine(result.status, result.statusText).label}
          </span>{' '}
          {me ?? (result.status < 400 ? 'Citrix Cloud answered.' : 'Open it in the explorer to see why.')}
        </p>
      ) : null}
      {call.error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {(call.error as Error).message}
        </p>
      ) : null}
    </div>
  );
}

/** "You are Sandbox Demo Admin, with 1 customer and 1 site." from a /me answer. */
function meSummary(result: InvokeResult): string | undefined {
  if (result.status !== 200) return undefined;
  try {
    const body = JSON.parse(result.body) as { DisplayName?: string; Customers?: { Sites?: unknown[] }[] };
    const customers = body.Customers ?? [];
    const sites = customers.reduce((total, customer) => total + (customer.Sites?.length ?? 0), 0);
    return `You are ${body.DisplayName ?? 'signed in'}, with ${customers.length} ${customers.length === 1 ? 'customer' : 'customers'} and ${sites} ${sites === 1 ? 'site' : 'sites'}.`;
  } catch {
    return undefined;
  }
}
