/** The shapes of an explanation: what went wrong and what to do about a failed call. */

export interface Explanation {
  /** Stable id of the recognised case, e.g. `authentication-invalid`. */
  id: string;
  title: string;
  cause: string;
  fix: string[];
  /** Something the UI can offer as a button. */
  action?: 'set-authentication' | 'use-session-token';
  /** For rate limits: how long Citrix asked to wait. */
  retryAfterSeconds?: number;
  /** An id to quote to Citrix support (activityId, transaction id). */
  reference?: { label: string; value: string };
}

export interface ExplainContext {
  /** The call used a token pasted into the Authorization field instead of the session's. */
  pastedToken?: boolean;
  /** The customer of the session's token, to spot a token used for another customer. */
  sessionCustomerId?: string;
  /** The customer the session's token names in its own claims (it can differ from what was typed). */
  tokenCustomerId?: string;
}

export type RequestHeaders = ReadonlyArray<readonly [string, string]>;

export type Json = Record<string, unknown>;
