import { MethodBadge } from '@/components/explorer/method-badge';
import { isHttpMethod } from '@/lib/http/methods';
import type { DocumentMethod } from '@/lib/openapi/types';

/** The explorer's method badge, plus a neutral one for HEAD, OPTIONS and TRACE. */
export function MethodChip({ method, size = 'sm' }: { method: DocumentMethod; size?: 'sm' | 'md' }) {
  if (isHttpMethod(method)) return <MethodBadge method={method} size={size} />;
  const sizing = size === 'sm' ? 'w-14 py-0.5 text-[10px]' : 'px-2.5 py-1 text-xs';
  return (
    <span
      className={`inline-flex shrink-0 items-center justify-center rounded bg-slate-100 font-mono font-bold tracking-wide text-slate-700 ring-1 ring-inset ring-slate-500/20 dark:bg-slate-500/15 dark:text-slate-300 ${sizing}`}
    >
      {method}
    </span>
  );
}
