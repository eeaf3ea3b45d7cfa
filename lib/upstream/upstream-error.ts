/** Why a call to Citrix Cloud (or the sandbox) produced no answer: our side's failure, never Citrix's. */
export type UpstreamErrorCode =
  | 'TARGET_NOT_ALLOWED'
  | 'UPSTREAM_UNREACHABLE'
  | 'UPSTREAM_DNS'
  | 'UPSTREAM_TLS'
  | 'UPSTREAM_RESET'
  | 'UPSTREAM_BAD_RESPONSE'
  | 'UPSTREAM_TIMEOUT'
  | 'CLIENT_ABORTED';

export class UpstreamError extends Error {
  constructor(
    readonly code: UpstreamErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }

  /** The HTTP status our route answers with for this failure. */
  get httpStatus(): number {
    if (this.code === 'TARGET_NOT_ALLOWED') return 400;
    if (this.code === 'UPSTREAM_TIMEOUT') return 504;
    if (this.code === 'CLIENT_ABORTED') return 499;
    return 502;
  }
}
