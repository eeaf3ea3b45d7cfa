'use client';

import type { RunState } from '@/lib/runbooks/runner';

/** Export of a run (filled in by the exports slice). */
export function RunExports(_props: { title: string; state: RunState; customerHeaderNames: string[] }) {
  return null;
}
