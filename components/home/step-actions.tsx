'use client';

import Link from 'next/link';

import { useAuthDialog } from '@/components/auth/auth-dialog-provider';
import { useGenerateToken } from '@/components/auth/use-auth-actions';
import { useSession } from '@/components/auth/use-session';
import { useRegion } from '@/components/shell/region-provider';
import { Button } from '@/components/ui/button';

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
