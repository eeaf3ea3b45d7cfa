'use client';

import { useEffect, useId, useState } from 'react';

import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { inputClass } from '@/components/ui/field';
import type { FormSpec, FormValues } from '@/lib/invoke-form/types';
import { SHARE_FRAGMENT_KEY } from '@/lib/share/fragment';
import { buildSharePayload } from '@/lib/share/prefill';

interface SharePanelProps {
  spec: FormSpec;
  values: FormValues;
  server: 'regional' | 'global';
}

/**
 * "Share": a link that opens this operation with the same non-secret inputs, for a teammate to
 * send under their own authentication. The inputs travel in the URL fragment (never sent to a
 * server); never a token or secret, and the customer's headers only when ticked.
 */
export function SharePanel({ spec, values, server }: SharePanelProps) {
  const [open, setOpen] = useState(false);
  const [includeCustomer, setIncludeCustomer] = useState(false);
  const [link, setLink] = useState('');
  const [omitted, setOmitted] = useState<string[]>([]);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    const { payload, omitted: left } = buildSharePayload(spec, values, { includeCustomer, server });
    // The codec (and zod, which checks the payload) loads when Share is opened: the request form,
    // which this panel is part of, opens without it.
    void import('@/lib/share/codec')
      .then(({ encodeShare }) => encodeShare(payload))
      .then((encoded) => {
        if (cancelled) return;
        const path = `/apis/${encodeURIComponent(spec.serviceId)}/${encodeURIComponent(spec.operationId)}`;
        setLink(`${window.location.origin}${path}#${SHARE_FRAGMENT_KEY}=${encoded}`);
        setOmitted(left);
      });
    return () => {
      cancelled = true;
    };
  }, [open, spec, values, server, includeCustomer]);

  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        size="sm"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Share
      </Button>
      <div
        id={panelId}
        hidden={!open}
        role="group"
        aria-label="Share this request"
        className="space-y-2 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800"
      >
        {open ? (
          <>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={includeCustomer}
                onChange={(event) => setIncludeCustomer(event.target.checked)}
              />
              Include customer ID
            </label>
            <div className="flex gap-2">
              <input
                readOnly
                aria-label="Share link"
                value={link}
                className={`${inputClass} font-mono text-xs`}
                onFocus={(event) => event.target.select()}
              />
              <CopyButton value={link} label="Copy link" disabled={!link} />
            </div>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              Opens this operation with the same parameters and body. Never your token or secret
              {includeCustomer ? '' : ', and not your Citrix-CustomerId or Citrix-InstanceId'}: whoever opens
              it sends under their own authentication. The inputs ride in the part of the URL after #, which
              browsers never send to a server.
              {omitted.length > 0 ? ` Left out: ${omitted.join(', ')}.` : ''}
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}
