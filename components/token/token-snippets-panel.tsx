'use client';

import { useEffect, useState } from 'react';

import { Tabs } from '@/components/explorer/tabs';
import { CopyButton } from '@/components/ui/copy-button';
import { displayUrl, REGIONS, resolveHost, type RegionId } from '@/lib/citrix/regions';
import type { AuthFlow } from '@/lib/schemas/credentials';
import { TOKEN_COMMAND_LANGUAGES } from '@/lib/snippets';

/** The commands that mint the same token outside the app; no secret and no token in them. */
export function TokenSnippetsPanel({
  region,
  flow,
  customerId,
}: {
  region: RegionId;
  flow: AuthFlow;
  customerId: string;
}) {
  const [origin, setOrigin] = useState('http://localhost:3000');
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the origin is only known in the browser
  useEffect(() => setOrigin(window.location.origin), []);
  const target = resolveHost(region, flow === 'trust' ? 'trust' : 'gateway');
  if (!target) {
    return (
      <p className="text-sm text-slate-600">
        The {flow === 'trust' ? 'Trust Service' : 'OAuth 2.0'} flow is not available in{' '}
        {REGIONS[region].label}.
      </p>
    );
  }
  const input = { flow, base: displayUrl(target, '', origin), customerId };
  return (
    <Tabs
      label="Token commands"
      size="sm"
      lazy
      tabs={TOKEN_COMMAND_LANGUAGES.map((language) => {
        const code = language.tokenCommand(input);
        return {
          id: language.id,
          label: language.label,
          content: (
            <div className="space-y-2">
              {/* Above the code, not over it: a long first line scrolls under nothing. */}
              <div className="flex justify-end">
                <CopyButton value={code} label="Copy command" />
              </div>
              <pre
                tabIndex={0}
                data-testid="token-snippet"
                className="overflow-auto rounded-md bg-slate-900 p-3 text-xs leading-relaxed text-slate-100"
              >
                <code>{code}</code>
              </pre>
            </div>
          ),
        };
      })}
    />
  );
}
