import { GettingStarted } from '@/components/home/getting-started';
import { Link } from '@/components/ui/link';
import { env } from '@/lib/config/env';
import { demoClient, publicDemoSecret } from '@/lib/sandbox/sandbox-config';

export const dynamic = 'force-dynamic';

export default function HomePage() {
  const demo = demoClient();
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="text-3xl font-semibold tracking-tight">Citrix Cloud APIs, explored and invoked</h1>
      <p className="mt-2 max-w-3xl text-slate-600 dark:text-slate-300">
        Pick a region, set authentication once, and call any Citrix Cloud operation with the{' '}
        <code className="font-mono text-sm">Authorization: CwsAuth Bearer=…</code> header already filled in.
        The client secret stays on the server. No tenant? The built-in sandbox answers like Citrix Cloud does.
      </p>
      <div className="mt-4 flex gap-3 text-sm">
        <Link
          href="/apis"
          className="rounded-md bg-brand-600 px-3.5 py-2 font-medium text-white hover:bg-brand-700"
        >
          Browse the APIs
        </Link>
        <Link
          href="/token"
          className="rounded-md border border-slate-300 px-3.5 py-2 font-medium hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Generate a token
        </Link>
      </div>
      <h2 className="mb-3 mt-10 text-xl font-semibold">Getting started</h2>
      <GettingStarted
        demoCustomerId={demo.customerId}
        demoClientId={demo.clientId}
        demoSecret={publicDemoSecret(demo)}
        sandboxEnabled={env().SANDBOX_ENABLED}
      />
    </div>
  );
}
