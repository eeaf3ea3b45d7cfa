import { isRecord } from '@/lib/json/is-record';
import { acceptsJson, unauthenticated } from '@/lib/sandbox/gateway-auth';
import {
  DOCUMENT_ID_PATTERN,
  findServedDocument,
  servedDocuments,
  type ServedDocument,
} from '@/lib/sandbox/generic/documents';
import { matchOperation, type OperationMatch } from '@/lib/sandbox/generic/operation-index';
import { respondGeneric } from '@/lib/sandbox/generic/respond';
import { gatewayInternalError } from '@/lib/sandbox/http';
import type { SandboxTokenClaims } from '@/lib/sandbox/jwt';
import { readJsonBody } from '@/lib/sandbox/request-body';
import { startJob } from '@/lib/services/daas/handlers/common';
import { customerData, withCustomerState } from '@/lib/services/sandbox-state';
import { sharedStore } from '@/lib/store/shared';

/**
 * The header naming the served document a call is for. The proxy sets it for an imported
 * document's calls (so two documents with the same paths never answer for each other); a call
 * without it (a copied cURL command) is matched against every document this instance serves.
 */
export const DOCUMENT_HEADER = 'x-explorer-document';

export interface FoundOperation {
  served: ServedDocument;
  match: OperationMatch;
}

export async function findGenericOperation(
  request: Request,
  pathname: string,
): Promise<{ found?: FoundOperation; pathMatched: boolean }> {
  const named = request.headers.get(DOCUMENT_HEADER)?.trim().toLowerCase();
  const candidates =
    named && DOCUMENT_ID_PATTERN.test(named)
      ? [await findServedDocument(named, sharedStore())].filter((item): item is ServedDocument => !!item)
      : servedDocuments();
  let pathMatched = false;
  for (const served of candidates) {
    const result = matchOperation(served.operations, request.method, pathname);
    if (result.match) return { found: { served, match: result.match }, pathMatched: true };
    pathMatched ||= result.pathMatched;
  }
  return { pathMatched };
}

/** The customer a call acts for: the `Citrix-CustomerId` header, or a `{customer}` path parameter. */
function customerOf(request: Request, match: OperationMatch): string | undefined {
  const header = request.headers.get('citrix-customerid')?.trim();
  if (header) return header;
  const fromPath = Object.entries(match.params).find(([name]) => /^customer(id)?$/i.test(name))?.[1];
  return fromPath?.trim() || undefined;
}

/** Whether the operation declares `Citrix-CustomerId` as a required header (then it must come). */
function requiresCustomerHeader(match: OperationMatch): boolean {
  const parameters = [
    ...(Array.isArray(match.operation.pathItem.parameters) ? match.operation.pathItem.parameters : []),
    ...(Array.isArray(match.operation.operation.parameters) ? match.operation.operation.parameters : []),
  ];
  return parameters.some(
    (parameter) =>
      isRecord(parameter) &&
      parameter.in === 'header' &&
      String(parameter.name).toLowerCase() === 'citrix-customerid' &&
      parameter.required === true,
  );
}

/**
 * Whether the request's body is of a non-JSON type the operation declares (a form, a file, text):
 * then it is taken as sent, unchecked, rather than refused as JSON would be.
 */
function declaresOtherMedia(request: Request, match: OperationMatch): boolean {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!type || /json/.test(type)) return false;
  const requestBody = match.operation.operation.requestBody;
  const content = isRecord(requestBody) && isRecord(requestBody.content) ? requestBody.content : {};
  return Object.keys(content).some((declared) => declared.toLowerCase() === type);
}

/** Citrix's gateway behaviour, then the schema-driven answer (lib/sandbox/generic/respond.ts). */
export async function serveGeneric(
  request: Request,
  url: URL,
  { served, match }: FoundOperation,
  claims: SandboxTokenClaims,
  transactionId: string,
): Promise<Response> {
  let customerId = customerOf(request, match);
  if (!customerId) {
    if (served.errors === 'daas') return gatewayInternalError();
    if (requiresCustomerHeader(match)) return unauthenticated('invalid');
    customerId = claims.customerId;
  }
  if (customerId !== claims.customerId && customerId !== 'root') return unauthenticated('invalid');
  const notAcceptable = acceptsJson(request);
  if (notAcceptable) return notAcceptable;
  const body = declaresOtherMedia(request, match)
    ? { ok: true as const, body: undefined }
    : await readJsonBody(request);
  if (!body.ok) return body.response;
  return withCustomerState(sharedStore(), claims.customerId, async () => {
    const data = customerData(claims.customerId);
    const context = {
      request,
      url,
      params: match.params,
      claims,
      customerId: claims.customerId,
      transactionId,
      body: body.body,
    };
    const answer = respondGeneric({ served, match, state: (data.generic ??= {}), context });
    if (!wantsJob(served, match, url) || answer.status >= 300) return answer;
    // `?async=true` where DaaS declares it: 202 and a job whose result is what the call answered.
    const text = await answer.text();
    const result = text ? (JSON.parse(text) as unknown) : null;
    const type = String(
      match.operation.operation.operationId ?? `${match.operation.method} ${match.operation.template}`,
    );
    return startJob(context, data, type, {}, () => result);
  });
}

/** Whether to answer with a job: DaaS, `async=true`, and the operation declares both the parameter and a 202. */
function wantsJob(served: ServedDocument, match: OperationMatch, url: URL): boolean {
  if (served.errors !== 'daas' || url.searchParams.get('async')?.toLowerCase() !== 'true') return false;
  const { operation } = match.operation;
  const declaresAsync = (Array.isArray(operation.parameters) ? operation.parameters : []).some(
    (parameter) =>
      isRecord(parameter) && parameter.in === 'query' && String(parameter.name).toLowerCase() === 'async',
  );
  return declaresAsync && isRecord(operation.responses) && '202' in operation.responses;
}
