'use client';

import { useEffect, useState } from 'react';

import { CopyButton } from '@/components/ui/copy-button';
import type { RegionId } from '@/lib/citrix/region-ids';
import { displayUrl, REGIONS, resolveHost } from '@/lib/citrix/regions';
import type { AuthFlow } from '@/lib/schemas/credentials';
import { tokenSnippet, type TokenSnippetLanguage } from '@/lib/token-snippets/token-snippets';

const TABS: { id: TokenSnippetLanguage; label: string }[] = [
  { id: 'curl', label: 'cURL' },
  { id: 'python', label: 'Python' },
  { id: 'powershell', label: 'PowerShell' },
];

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
  const [language, setLanguage] = useState<TokenSnippetLanguage>('curl');
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
  const code = tokenSnippet(language, { flow, base: displayUrl(target, '', origin), customerId });
  return (
    <div>
      <div className="flex flex-wrap items-end gap-1 border-b border-slate-200 dark:border-slate-700">
        <div role="tablist" aria-label="Token commands" className="-mb-px flex gap-1">
          {TABS.map((tab) => (
            <button
              key={tab.id}
              role="tab"
              type="button"
              id={`token-tab-${tab.id}`}
              aria-selected={language === tab.id}
              aria-controls="token-snippet"
              onClick={() => setLanguage(tab.id)}
              className={`border-b-2 px-3 py-1.5 text-sm ${language === tab.id ? 'border-brand-600 font-medium text-brand-700 dark:text-brand-100' : 'border-transparent text-slate-600 dark:text-slate-300'}`}
            >
              {tab.label}
            </button>
          ))}
        </div>
        <span className="ml-auto pb-1">
          <CopyButton value={code} label="Copy command" />
        </span>
      </div>
      <pre
        id="token-snippet"
        role="tabpanel"
        tabIndex={0}
        aria-labelledby={`token-tab-${language}`}
        data-testid="token-snippet"
        className="mt-2 overflow-auto rounded-md bg-slate-900 p-3 text-xs leading-relaxed text-slate-100"
      >
        <code>{code}</code>
      </pre>
    </div>
  );
}
