import { ApiError } from '@/lib/http/api-error';

import { isMutatingMethod } from './methods';

export { MUTATING_METHODS, isMutatingMethod } from './methods';

/**
 * The token exchange is a POST that changes nothing: getting a token stays possible on a
 * read-only deployment, through Set Authentication and through the token services' operations.
 */
export const TOKEN_SERVICE_IDS: ReadonlySet<string> = new Set(['token', 'trust-token']);

export const READ_ONLY_MESSAGE =
  'This deployment is read-only: POST, PUT, PATCH and DELETE calls are refused (token requests aside). Use GET operations, or run your own copy of the explorer to make changes.';

/** The refusal a read-only deployment answers a mutating call with, or undefined when the call may go. */
export function readOnlyRefusal(
  call: { method: string; serviceId: string },
  readOnly: boolean,
): ApiError | undefined {
  if (!readOnly || !isMutatingMethod(call.method) || TOKEN_SERVICE_IDS.has(call.serviceId)) return undefined;
  return new ApiError(403, 'READ_ONLY_DEPLOYMENT', READ_ONLY_MESSAGE);
}

/** Same rule for our own state-changing actions such as resetting the sandbox's data. */
export function readOnlyActionRefusal(readOnly: boolean, action: string): ApiError | undefined {
  return readOnly
    ? new ApiError(403, 'READ_ONLY_DEPLOYMENT', `This deployment is read-only: ${action} is switched off.`)
    : undefined;
}
