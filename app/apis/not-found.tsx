import { Link } from '@/components/ui/link';

export default function ApiNotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="font-mono text-sm text-slate-500">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900 dark:text-white">No such API or operation</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">
        The catalog has no service or operation at this address.
      </p>
      <Link
        href="/apis"
        className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        Browse the catalog
      </Link>
    </div>
  );
}
