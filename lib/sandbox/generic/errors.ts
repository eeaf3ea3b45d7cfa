import { citrixError, jsonResponse } from '../http';
import type { ErrorFamily } from './documents';

/**
 * An error in the shape the service's own document declares: DaaS's `ErrorData`, the
 * Administrators' RFC 9110 problem details, or Citrix's common error body for the rest.
 */
export function serviceError(
  family: ErrorFamily,
  status: 400 | 404 | 405 | 409,
  code: string,
  message: string,
  instance = '',
): Response {
  if (family === 'daas')
    return jsonResponse(status, {
      ErrorMessage: message,
      SdkErrorId: code,
      ErrorType: null,
      ErrorDetails: null,
      SupportLink: null,
    });
  if (family === 'problem') {
    const section = { 400: '15.5.1', 404: '15.5.5', 405: '15.5.6', 409: '15.5.10' }[status];
    const title = { 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict' }[
      status
    ];
    return jsonResponse(status, {
      type: `https://tools.ietf.org/html/rfc9110#section-${section}`,
      title,
      status,
      detail: message,
      instance,
    });
  }
  const common = {
    400: 'common/badRequest',
    404: 'common/notFound',
    405: 'common/methodNotAllowed',
    409: 'common/conflict',
  }[status];
  return citrixError(status, common, message, code ? { code } : {});
}
