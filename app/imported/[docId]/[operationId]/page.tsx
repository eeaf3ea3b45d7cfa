import type { Metadata } from 'next';

import { ImportedOperationView } from '@/components/import/imported-operation-view';

export const metadata: Metadata = { title: 'Imported operation' };

interface ImportedOperationPageProps {
  params: Promise<{ docId: string; operationId: string }>;
}

/** One operation of an imported document, loaded from this browser's storage by the import worker. */
export default async function ImportedOperationPage({ params }: ImportedOperationPageProps) {
  const { docId, operationId } = await params;
  return (
    <ImportedOperationView docId={decodeURIComponent(docId)} operationId={decodeURIComponent(operationId)} />
  );
}
