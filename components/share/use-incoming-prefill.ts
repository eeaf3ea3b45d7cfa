'use client';

import { useEffect, useRef } from 'react';

import type { FormSpec } from '@/lib/invoke-form/types';
import { readFragment } from '@/lib/share/fragment';
import type { Prefill } from '@/lib/share/prefill';

export type IncomingPrefill = { ok: true; prefill: Prefill } | { ok: false; source: 'share' | 'history' };

/**
 * Reads `#share=…` (a share link) or `#history=<id>` (re-open from history) once, on arrival at an
 * operation page, and hands the values to the invoke panel. The fragment is then removed, so a
 * reload does not fill the form again. Nothing is ever sent automatically.
 */
export function useIncomingPrefill(spec: FormSpec, onArrival: (incoming: IncomingPrefill) => void): void {
  const callback = useRef(onArrival);
  const latestSpec = useRef(spec);
  useEffect(() => {
    callback.current = onArrival;
    latestSpec.current = spec;
  });
  useEffect(() => {
    const fragment = readFragment(window.location.hash);
    if (!fragment) return;
    let cancelled = false;
    const spec = latestSpec.current;
    void (async () => {
      // Decoding (and validating) the fragment loads on demand: most visits have none.
      let prefill: Prefill | undefined;
      try {
        const { resolveIncoming } = await import('./resolve-incoming');
        prefill = await resolveIncoming(spec, fragment);
      } catch {
        prefill = undefined;
      }
      if (cancelled) return;
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + window.location.search,
      );
      callback.current(prefill ? { ok: true, prefill } : { ok: false, source: fragment.kind });
    })();
    return () => {
      cancelled = true;
    };
  }, [spec.serviceId, spec.operationId]);
}
