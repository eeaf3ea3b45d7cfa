import type { ComponentProps, ReactNode } from 'react';

import { DocSection } from './doc-section';
import { MarkdownText } from './markdown';
import { MediaContent } from './media-content';
import { ParametersTable } from './parameters-table';
import { ResponsesSection } from './responses-section';

interface OperationReferenceProps {
  /** The header, invoke bar and description shown above the reference sections. */
  intro: ReactNode;
  params: ComponentProps<typeof ParametersTable>['params'];
  requestBody: unknown;
  responses: unknown;
}

/**
 * An operation's reference: parameters, request body and responses. Shared by built-in operations
 * (rendered on the server) and imported ones (rendered in the browser from the worker's result).
 */
export function OperationReference({ intro, params, requestBody, responses }: OperationReferenceProps) {
  const body = requestBody as { description?: string; required?: boolean; content?: unknown } | undefined;
  return (
    <article className="mx-auto max-w-5xl space-y-10">
      <div className="space-y-6">{intro}</div>
      <DocSection id="parameters" title="Parameters">
        <ParametersTable params={params} />
      </DocSection>
      {body ? (
        <DocSection id="request-body" title={`Request body${body.required ? ' (required)' : ''}`}>
          <MarkdownText text={body.description} />
          <MediaContent content={body.content} />
        </DocSection>
      ) : null}
      <DocSection id="responses" title="Responses">
        <ResponsesSection responses={responses} />
      </DocSection>
    </article>
  );
}
