/** Chip colours by status class: green 2xx, blue 3xx, amber 4xx, red 5xx. */
export function statusTone(status: string | number): string {
  const first = String(status)[0];
  if (first === '2') return 'bg-emerald-100 text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-300';
  if (first === '3') return 'bg-sky-100 text-sky-800 dark:bg-sky-500/15 dark:text-sky-300';
  if (first === '4') return 'bg-amber-100 text-amber-900 dark:bg-amber-500/15 dark:text-amber-300';
  if (first === '5') return 'bg-red-100 text-red-800 dark:bg-red-500/15 dark:text-red-300';
  return 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300';
}
