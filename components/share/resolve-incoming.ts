import { findHistoryEntry } from '@/components/history/use-history';
import type { FormSpec } from '@/lib/invoke-form/types';
import { decodeShare } from '@/lib/share/codec';
import { prefillFromHistory, prefillFromShare, type Prefill } from '@/lib/share/prefill';

/**
 * The values a `#share=…` or `#history=…` fragment asks for, or undefined when it cannot be read
 * (or is for another operation). Loaded on demand by useIncomingPrefill: decoding and validating a
 * share link (zod) is only needed when such a fragment is there.
 */
export async function resolveIncoming(
  spec: FormSpec,
  fragment: { kind: 'share' | 'history'; value: string },
): Promise<Prefill | undefined> {
  if (fragment.kind === 'history') {
    const entry = findHistoryEntry(fragment.value);
    return entry ? prefillFromHistory(spec, entry) : undefined;
  }
  const payload = await decodeShare(fragment.value);
  return payload ? prefillFromShare(spec, payload) : undefined;
}
