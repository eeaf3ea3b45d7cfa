'use client';

import { useMemo } from 'react';

import { Tabs } from '@/components/explorer/tabs';
import { useOrigin } from '@/components/explorer/use-origin';
import { CopyButton } from '@/components/ui/copy-button';
import type { InvokeRequestInput } from '@/lib/schemas/invoke';
import { SNIPPET_LANGUAGES, snippetRefusal } from '@/lib/snippets';
import { toSnippetRequest } from '@/lib/snippets/from-invoke-request';

import type { InvokeService } from './types';

/**
 * The request as cURL, Python, PowerShell and JavaScript, kept in step with the form. The token is
 * always read from CITRIX_TOKEN: a snippet is shared and pasted, so it never holds a secret.
 */
interface SnippetsPanelProps {
  request: InvokeRequestInput;
  service: InvokeService;
  /** Whether the operation declares an Authorization header. */
  authorization: boolean;
}

export function SnippetsPanel({ request, service, authorization }: SnippetsPanelProps) {
  const origin = useOrigin();
  const snippet = useMemo(
    () => toSnippetRequest(request, service, origin || 'http://localhost:3000', { authorization }),
    [request, service, origin, authorization],
  );
  const refusal = snippet && snippetRefusal(snippet);
  if (!snippet)
    return (
      <p className="text-sm text-slate-500">
        {service.title} has no host in this region, so there is no snippet to show.
      </p>
    );
  if (refusal)
    return (
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {refusal} The request itself can still be sent from this form.
      </p>
    );
  return (
    <Tabs
      label="Code snippets"
      size="sm"
      lazy
      tabs={SNIPPET_LANGUAGES.map((language) => {
        const code = language.generate(snippet);
        return {
          id: language.id,
          label: language.label,
          content: (
            <div className="space-y-2">
              <div className="relative">
                <pre
                  tabIndex={0}
                  className="max-h-96 overflow-auto rounded-md bg-slate-950 p-4 pr-28 font-mono text-[12.5px] leading-relaxed text-slate-100"
                >
                  <code>{code}</code>
                </pre>
                <div className="absolute right-2 top-2">
                  <CopyButton value={code} label={`Copy ${language.label}`} />
                </div>
              </div>
              <p className="text-xs text-slate-500 dark:text-slate-400">
                The token is read from the <code className="font-mono">CITRIX_TOKEN</code> environment
                variable; set it from the Token page first.
              </p>
            </div>
          ),
        };
      })}
    />
  );
}
