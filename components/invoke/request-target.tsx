'use client';

import { useRegion } from '@/components/shell/region-provider';
import { inputClass } from '@/components/ui/field';
import { REGIONS, resolveHost } from '@/lib/citrix/regions';
import { hostKindFor } from '@/lib/snippets/from-invoke-request';

import type { InvokeService } from './types';
import type { InvokeForm } from './use-invoke-form';

/**
 * Where the call goes: the session's region (a token works in one region only), and, for gateway
 * services in regions that document it, the choice of the global server api.cloud.com.
 */
export function RequestTarget({ form, service }: { form: InvokeForm; service: InvokeService }) {
  const { region: headerRegion } = useRegion();
  const globalKind = hostKindFor(service.hostKind, 'global');
  const regional = resolveHost(form.region, service.hostKind);
  const global = globalKind ? resolveHost(form.region, globalKind) : undefined;
  const offerGlobal = regional?.type === 'remote' && global?.type === 'remote';
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
      <p className="text-slate-600 dark:text-slate-400">
        Region{' '}
        <span className="font-semibold text-slate-900 dark:text-white">{REGIONS[form.region].label}</span>
        {form.authenticated && form.region !== headerRegion ? (
          <span className="ml-1 text-xs">(your token’s region)</span>
        ) : null}
      </p>
      {offerGlobal ? (
        <label className="flex items-center gap-2 text-slate-600 dark:text-slate-400">
          Server
          <select
            value={form.server}
            onChange={(event) => form.setServer(event.target.value as 'regional' | 'global')}
            className={`${inputClass} w-auto py-1`}
          >
            <option value="regional">{regional.hostname}</option>
            <option value="global">{global.hostname} (global)</option>
          </select>
        </label>
      ) : null}
    </div>
  );
}
