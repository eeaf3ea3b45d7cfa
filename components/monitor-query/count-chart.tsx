import type { CountBucket } from '@/lib/odata-query/count-buckets';

const HEIGHT = 140;
const BAR_GAP = 2;

/**
 * Counts as bars, drawn as inline SVG that scales to its box (no chart library): a label for the
 * first and last bar, the tallest bar's count, and every bar's value in its tooltip.
 */
export function CountChart({ buckets, title }: { buckets: CountBucket[]; title: string }) {
  if (buckets.length === 0) return null;
  const max = Math.max(...buckets.map((bucket) => bucket.count), 1);
  const width = Math.max(buckets.length * 12, 240);
  const barWidth = width / buckets.length;
  const summary = buckets.map((bucket) => `${bucket.label}: ${bucket.count}`).join(', ');
  return (
    <figure
      className="min-w-0 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
      data-testid="count-chart"
    >
      <figcaption className="mb-2 text-sm font-medium text-slate-700 dark:text-slate-200">{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="block h-36 w-full text-brand-600"
        role="img"
        aria-label={`${title}. ${summary}`}
      >
        {buckets.map((bucket, index) => {
          const height = (bucket.count / max) * (HEIGHT - 4);
          return (
            <rect
              key={bucket.label}
              x={index * barWidth + BAR_GAP / 2}
              y={HEIGHT - height}
              width={Math.max(barWidth - BAR_GAP, 1)}
              height={height}
              className="fill-current"
            >
              <title>{`${bucket.label}: ${bucket.count}`}</title>
            </rect>
          );
        })}
      </svg>
      <div className="mt-1 flex justify-between gap-2 text-xs text-slate-500 dark:text-slate-400">
        <span className="truncate">{buckets[0]!.label}</span>
        <span className="shrink-0">max {max}</span>
        <span className="truncate text-right">{buckets[buckets.length - 1]!.label}</span>
      </div>
    </figure>
  );
}
