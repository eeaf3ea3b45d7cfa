import type { Metadata } from 'next';

import { RunbookView } from '@/components/runbooks/runbook-view';
import { Link } from '@/components/ui/link';
import { builtInEntry } from '@/lib/runbooks/library';

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: builtInEntry(id)?.title ?? 'Runbook' };
}

export default async function RunbookPage({ params }: Props) {
  const { id } = await params;
  const builtIn = builtInEntry(id);
  return (
    <div className="mx-auto max-w-6xl">
      <p className="text-sm">
        <Link href="/runbooks" className="text-brand-700 hover:underline dark:text-brand-100">
          Runbooks
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{builtIn?.title ?? 'Runbook'}</h1>
      {builtIn?.summary ? (
        <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-300">{builtIn.summary}</p>
      ) : null}
      <div className="mt-6">
        <RunbookView id={decodeURIComponent(id)} />
      </div>
    </div>
  );
}
