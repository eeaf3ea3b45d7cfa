/**
 * Troubleshooting in place: recognises the error bodies Citrix Cloud actually sends (reference
 * §4, "citrix-cloud-api.md") and says what went wrong and what to do. Pure: status, body text and
 * the request's headers in, an explanation (or undefined when there is nothing useful to add) out.
 */

import { isRecord } from '@/lib/json/is-record';

import { citrixCode, citrixParameters, parseBody, text } from './body';
import {
  authenticationInvalid,
  authenticationMissing,
  authorization,
  daasError,
  gatewayInternalError,
  genericCitrix,
  notAcceptable,
  oauthExplanation,
  rateLimited,
} from './cases';
import type { ExplainContext, Explanation, RequestHeaders } from './types';

export type { ExplainContext, Explanation, RequestHeaders } from './types';
export { citrixParameters } from './body';
export { oauthExplanation } from './cases';

/**
 * What went wrong and what to do, for a failed call; undefined for a success, or for a body the
 * explorer does not recognise (the status line's meaning then stands alone).
 */
export function explain(
  status: number,
  bodyText: string,
  requestHeaders: RequestHeaders = [],
  context: ExplainContext = {},
): Explanation | undefined {
  if (status < 400) return undefined;
  const body = parseBody(bodyText);

  if (isRecord(body)) {
    // Citrix's common error body: {type, detail, parameters} (not RFC 7807, which has a title and a status).
    const type = text(body.type);
    const problemDetails = text(body.title) !== undefined && 'status' in body;
    if (
      type &&
      (/errors-api\.cloud\.com/i.test(type) ||
        (!problemDetails && ('detail' in body || 'parameters' in body)))
    ) {
      const code = citrixCode(type);
      const parameters = citrixParameters(body.parameters);
      const detail = text(body.detail);
      if (code === 'common/authentication' || (status === 401 && /authentication/i.test(code))) {
        return parameters.reason?.toLowerCase() === 'missing'
          ? authenticationMissing()
          : authenticationInvalid(requestHeaders, context);
      }
      if (code === 'common/authorization') return authorization(parameters, detail);
      if (code === 'common/notAcceptable') return notAcceptable(requestHeaders);
      if (code === 'common/rateLimitExceeded')
        return rateLimited('rate-limited', 'Rate limited', parameters, detail);
      if (code === 'common/serviceUnavailable')
        return rateLimited('service-unavailable', 'Service unavailable for now', parameters, detail);
      return genericCitrix(code, detail, parameters, status);
    }
    // The API gateway's bare 500.
    if (Number(body.statusCode) >= 500 && /internal server error/i.test(text(body.message) ?? ''))
      return gatewayInternalError(body, requestHeaders);
    // DaaS ErrorData.
    if (text(body.SdkErrorId) || (text(body.ErrorMessage) && 'ErrorType' in body))
      return daasError(body, requestHeaders, status);
    // OAuth token endpoint.
    const oauthError = text(body.error);
    if (oauthError) {
      const explained = oauthExplanation(oauthError, text(body.error_description));
      if (explained) return explained;
    }
    // Older platform services: {"Error": {"Message": "Missing or invalid CWSAuth header.", "Type": "CWSAuthException"}}.
    if (
      isRecord(body.Error) &&
      /CWSAuth/i.test(`${text(body.Error.Type) ?? ''} ${text(body.Error.Message) ?? ''}`)
    ) {
      return {
        ...authenticationInvalid(requestHeaders, context),
        id: 'cwsauth-exception',
        title: 'The Authorization header was not accepted',
        cause: `The service answered "${text(body.Error.Message) ?? 'CWSAuthException'}": the header is missing, not in the form CwsAuth Bearer=<token>, or the token has expired.`,
      };
    }
    // RFC 7807 ProblemDetails (Administrators API).
    if (text(body.title) && ('status' in body || 'type' in body)) {
      return {
        id: 'problem-details',
        title: text(body.title)!,
        cause: text(body.detail) ?? `The service answered ${status}.`,
        fix:
          status === 401
            ? ['Generate a new token (Set Authentication) and send again.']
            : ['Read the detail in the body; correct the request and send again.'],
        ...(status === 401 ? { action: 'set-authentication' as const } : {}),
      };
    }
    // Licensing: {"error_description": "{\"Code\":400,\"Message\":\"Invalid time format.\"}"}.
    const description = text(body.error_description);
    if (description) {
      const inner = parseBody(description);
      const message = isRecord(inner) ? (text(inner.Message) ?? text(inner.Details)) : description;
      return {
        id: 'service-error-description',
        title: 'The service rejected the request',
        cause: message ?? description,
        fix: ['Correct the value it names and send again.'],
      };
    }
  }

  if (status === 530) {
    return {
      id: 'daas-site-frozen',
      title: 'The DaaS site is frozen',
      cause:
        'Citrix froze the site after a period without use; /cvad/manage/me answers 530 until it is activated.',
      fix: [
        'POST /resourceprovider/{customerId}/site/activation?customerId={customerId}, then poll GET /cvad/manage/me until it answers 200 (it can take several minutes).',
      ],
    };
  }
  if (status === 406) return notAcceptable(requestHeaders);
  return undefined;
}
