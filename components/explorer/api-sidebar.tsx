import Link from 'next/link';

/** Placeholder until the catalog lands: the side navigation that holds the API catalog. */
export function ApiSidebar() {
  return (
    <nav aria-label="API catalog" className="p-4 text-sm">
      <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">APIs</p>
      <Link href="/apis" className="text-brand-700 hover:underline dark:text-brand-100">
        Browse the catalog
      </Link>
    </nav>
  );
}
