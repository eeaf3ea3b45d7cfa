'use client';

import { useSession } from '@/components/auth/use-session';
import { useRegion } from '@/components/shell/region-provider';
import { REGIONS, resolveHost, type RegionId } from '@/lib/citrix/regions';
import { targetForRegion, type InvokeTarget } from '@/lib/openapi/servers';
import type { ServerMapping, ServerOverride } from '@/lib/openapi/types';

/** The region calls go to: the token's when authenticated (a token works in one region), else the header's. */
export function useCallRegion(): RegionId {
  const { data: session } = useSession();
  const { region } = useRegion();
  return session?.authenticated === true && session.region ? session.region : region;
}

export function useInvokeTarget(
  servers: readonly ServerMapping[],
  override?: ServerOverride,
): {
  region: RegionId;
  target: InvokeTarget;
} {
  const region = useCallRegion();
  return { region, target: targetForRegion(servers, region, override) };
}

/** "Calls go to …" or why they cannot, with which server the document would need. */
export function InvokeTargetNote({
  servers,
  override,
}: {
  servers: readonly ServerMapping[];
  override?: ServerOverride;
}) {
  const { region, target } = useInvokeTarget(servers, override);
  if (target.ok) {
    const host = resolveHost(region, target.hostKind);
    const where =
      host?.type === 'remote'
        ? `https://${host.hostname}${target.basePath}`
        : `this app's sandbox (${host?.pathPrefix ?? '/sandbox'}${target.basePath})`;
    return (
      <p
        role="note"
        data-testid="invoke-target"
        className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/30 dark:text-emerald-100"
      >
        Invocable in region <strong>{REGIONS[region].label}</strong>: calls go through the proxy to{' '}
        <code className="break-all font-mono">{where}</code>{' '}
        {target.overridden ? (
          '(the Server set for this document).'
        ) : (
          <>
            (from the server <code className="break-all font-mono">{target.server}</code>).
          </>
        )}
      </p>
    );
  }
  return (
    <div
      role="note"
      data-testid="invoke-target"
      className="rounded-lg border border-slate-300 bg-slate-50 p-3 text-sm text-slate-800 dark:border-slate-700 dark:bg-slate-900/60 dark:text-slate-200"
    >
      <p className="font-semibold">
        This document’s operations cannot be invoked in region {REGIONS[region].label}.
      </p>
      <p className="mt-1">{target.reason}</p>
    </div>
  );
}
