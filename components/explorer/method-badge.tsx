import type { HttpMethod } from '@/lib/http/methods';

const COLOURS: Record<HttpMethod, string> = {
  GET: 'bg-emerald-100 text-emerald-800 ring-emerald-600/20 dark:bg-emerald-500/15 dark:text-emerald-300 dark:ring-emerald-400/30',
  POST: 'bg-blue-100 text-blue-800 ring-blue-600/20 dark:bg-blue-500/15 dark:text-blue-300 dark:ring-blue-400/30',
  PUT: 'bg-amber-100 text-amber-900 ring-amber-600/20 dark:bg-amber-500/15 dark:text-amber-300 dark:ring-amber-400/30',
  PATCH:
    'bg-violet-100 text-violet-800 ring-violet-600/20 dark:bg-violet-500/15 dark:text-violet-300 dark:ring-violet-400/30',
  DELETE: 'bg-red-100 text-red-800 ring-red-600/20 dark:bg-red-500/15 dark:text-red-300 dark:ring-red-400/30',
};

/** HEAD, OPTIONS, TRACE: listed for imported documents, never invoked. */
const OTHER =
  'bg-slate-100 text-slate-700 ring-slate-500/20 dark:bg-slate-500/15 dark:text-slate-300 dark:ring-slate-400/30';

interface MethodBadgeProps {
  method: HttpMethod;
  size?: 'sm' | 'md';
  className?: string;
}

/** The HTTP method as a colour chip; the text stays, so colour is never the only signal. */
export function MethodBadge({ method, size = 'sm', className = '' }: MethodBadgeProps) {
  const sizing = size === 'sm' ? 'w-14 py-0.5 text-[10px]' : 'px-2.5 py-1 text-xs';
  return (
    <span
      className={`inline-flex shrink-0 items-center justify-center rounded font-mono font-bold tracking-wide ring-1 ring-inset ${sizing} ${COLOURS[method] ?? OTHER} ${className}`}
    >
      {method}
    </span>
  );
}
