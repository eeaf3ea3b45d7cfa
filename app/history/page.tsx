import type { Metadata } from 'next';

import { HistoryView } from '@/components/history/history-view';
import packageJson from '@/package.json';

export const metadata: Metadata = { title: 'History' };

export default function HistoryPage() {
  return (
    <div className="mx-auto max-w-6xl">
      <h1 className="text-2xl font-semibold tracking-tight">History</h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-300">
        Every call sent from the explorer in this browser: when, under which profile, what, and how it went.
        Only the non-secret inputs are kept, and of each answer the ids and the error Citrix support asks for
        — never a token, a secret, an X-AdminCredential or a successful response. Re-open a call to send it
        again, or tick calls for a support bundle.
      </p>
      <div className="mt-6">
        <HistoryView creatorVersion={packageJson.version} />
      </div>
    </div>
  );
}
