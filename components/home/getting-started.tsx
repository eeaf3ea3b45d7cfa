import type { ReactNode } from 'react';

import { Link } from '@/components/ui/link';

import { FirstCallAction, GenerateTokenAction, PickSandboxAction } from './step-actions';

interface Step {
  title: string;
  body: ReactNode;
  action?: ReactNode;
}

/**
 * The four getting-started steps of Citrix's guide, each doable here with the sandbox as the tenant,
 * and a fifth: the first call.
 */
export function GettingStarted({
  demoCustomerId,
  demoClientId,
  demoSecret,
  sandboxEnabled,
}: {
  demoCustomerId: string;
  demoClientId: string;
  /** Only the documented public demo secret; a deployment's own secret is never passed. */
  demoSecret?: string;
  sandboxEnabled: boolean;
}) {
  const steps: Step[] = [
    {
      title: 'Sign in to Citrix Cloud',
      body: (
        <>
          On a real tenant you sign in at citrix.cloud.com as an administrator with full access. Here the
          built-in sandbox stands in for a tenant: no account, no internet.
        </>
      ),
      action: sandboxEnabled ? <PickSandboxAction /> : null,
    },
    {
      title: 'Create an API client',
      body: (
        <>
          In Citrix Cloud open <strong>Identity and Access Management → API Access → Secure Clients</strong>,
          name a client and create it: you get a <strong>Client ID</strong> and a <strong>Secret</strong>{' '}
          (shown once — download it). Your <strong>Customer ID</strong> is shown on the same API Access page.
          The sandbox has one ready: Customer ID <code className="font-mono">{demoCustomerId}</code>, Client
          ID <code className="break-all font-mono">{demoClientId}</code>
          {demoSecret ? (
            <>
              , Secret <code className="break-all font-mono">{demoSecret}</code> (a public demo value, for
              cURL, Python or PowerShell on the command line; in this app the secret is exchanged on the
              server).
            </>
          ) : (
            <>; its secret stays on the server.</>
          )}
        </>
      ),
    },
    {
      title: 'Choose a tool',
      body: (
        <>
          This explorer, or cURL, Python (<code>requests</code>), PowerShell or Postman. The{' '}
          <Link href="/token" className="font-medium text-brand-700 underline dark:text-brand-100">
            token page
          </Link>{' '}
          shows the exact commands for each, and every operation offers its request as a snippet.
        </>
      ),
    },
    {
      title: 'Generate a bearer token',
      body: (
        <>
          Post the client credentials to the region&apos;s token endpoint; the answer is a JWT that lasts an
          hour and goes into every call as{' '}
          <code className="font-mono">Authorization: CwsAuth Bearer=&lt;token&gt;</code>.
        </>
      ),
      action: <GenerateTokenAction />,
    },
    {
      title: 'Make your first call',
      body: (
        <>
          <code className="font-mono">GET /cvad/manage/me</code> answers who the token belongs to, with the
          customer and its DaaS sites: the call every script starts with. Every operation of the catalog can
          be sent the same way from its page (&ldquo;Invoke API&rdquo;).
        </>
      ),
      action: <FirstCallAction />,
    },
  ];
  return (
    <ol className="grid gap-4">
      {steps.map((step, index) => (
        <li
          key={step.title}
          className="flex gap-4 rounded-lg border border-slate-200 p-5 dark:border-slate-800"
        >
          <span
            aria-hidden
            className="grid h-8 w-8 shrink-0 place-items-center rounded-full bg-brand-600 text-sm font-semibold text-white"
          >
            {index + 1}
          </span>
          <div className="flex flex-col gap-2">
            <h3 className="font-semibold">{step.title}</h3>
            <p className="text-sm leading-relaxed text-slate-600 dark:text-slate-300">{step.body}</p>
            {step.action}
          </div>
        </li>
      ))}
    </ol>
  );
}
