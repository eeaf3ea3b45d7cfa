import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { MarkdownText } from '@/components/explorer/markdown';
import { MethodBadge } from '@/components/explorer/method-badge';
import { OperationHeader } from '@/components/explorer/operation-header';
import { OperationReference } from '@/components/explorer/operation-reference';
import { InvokePanel } from '@/components/invoke/invoke-panel';
import { toFormSpec } from '@/lib/invoke-form/form-spec';
import { getOperation } from '@/lib/services/dereference';

interface OperationPageProps {
  params: Promise<{ serviceId: string; operationId: string }>;
}

async function load(params: OperationPageProps['params']) {
  const { serviceId, operationId } = await params;
  return getOperation(decodeURIComponent(serviceId), decodeURIComponent(operationId));
}

export async function generateMetadata({ params }: OperationPageProps): Promise<Metadata> {
  const resolved = await load(params);
  return {
    title: resolved
      ? `${resolved.operation.summary ?? resolved.operation.operationId} · ${resolved.service.title}`
      : 'Not found',
  };
}

/** One operation, dereferenced on the server; only the reduced form description goes to the browser. */
export default async function OperationPage({ params }: OperationPageProps) {
  const resolved = await load(params);
  if (!resolved) notFound();
  const { service, method, path, operation, parameters } = resolved;
  const operationId = operation.operationId ?? '';
  const spec = toFormSpec({
    serviceId: service.id,
    operationId,
    method,
    path,
    parameters,
    requestBody: operation.requestBody,
  });
  return (
    <OperationReference
      params={spec.params}
      requestBody={operation.requestBody}
      responses={operation.responses}
      intro={
        <>
          <OperationHeader
            serviceId={service.id}
            serviceTitle={service.title}
            summary={operation.summary ?? operationId}
            operationId={operationId}
            tags={operation.tags ?? []}
            deprecated={operation.deprecated === true}
          />
          <InvokePanel
            key={`${service.id}/${operationId}`}
            spec={spec}
            service={{
              id: service.id,
              title: service.title,
              hostKind: service.hostKind,
              basePath: service.basePath,
            }}
            badge={<MethodBadge method={spec.method} size="md" />}
          />
          <MarkdownText text={operation.description} />
        </>
      }
    />
  );
}
