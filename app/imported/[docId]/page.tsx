import type { Metadata } from 'next';

import { ImportedServiceView } from '@/components/import/imported-service-view';

export const metadata: Metadata = { title: 'Imported API' };

interface ImportedPageProps {
  params: Promise<{ docId: string }>;
}

/** An imported document: its data lives in this browser, so the page renders on the client. */
export default async function ImportedPage({ params }: ImportedPageProps) {
  const { docId } = await params;
  return <ImportedServiceView docId={decodeURIComponent(docId)} />;
}
