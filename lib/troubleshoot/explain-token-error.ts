import { oauthExplanation, type Explanation } from './explain';

/** What the Set Authentication dialog knows about a failed exchange (our route's error, never the secret). */
export interface TokenFailure {
  status: number;
  code: string;
  /** The route's extra fields: `citrixError`, `retryAfterSeconds`, `upstreamStatus`, `transactionId`. */
  details?: Record<string, unknown>;
}

export interface TokenFailureContext {
  /** Whether the secret typed contains + / or = (checked in the browser; the secret goes nowhere). */
  secretHasSpecialCharacters?: boolean;
}

/** Why Generate failed and what to do, for the failures the user can act on. */
export function explainTokenFailure(
  failure: TokenFailure,
  context: TokenFailureContext = {},
): Explanation | undefined {
  const transactionId =
    typeof failure.details?.transactionId === 'string' ? failure.details.transactionId : undefined;
  const reference = transactionId ? { reference: { label: 'Transaction ID', value: transactionId } } : {};
  if (failure.code === 'INVALID_CLIENT_CREDENTIALS' || failure.details?.citrixError === 'invalid_client') {
    const base = oauthExplanation('invalid_client', 'Invalid client id or client secret.')!;
    const fix = context.secretHasSpecialCharacters
      ? [
          base.fix[0]!,
          'Your secret contains +, / or =: the explorer URL-encodes it for you, so here the secret itself does not match. In your own scripts, remember to encode it (+ → %2B, / → %2F, = → %3D).',
          base.fix[2]!,
        ]
      : base.fix;
    return { ...base, fix, ...reference };
  }
  if (failure.code === 'TOKEN_REQUEST_REJECTED' && typeof failure.details?.citrixError === 'string') {
    const explained = oauthExplanation(failure.details.citrixError, undefined);
    return explained ? { ...explained, ...reference } : undefined;
  }
  if (failure.code === 'TOKEN_RATE_LIMITED') {
    const wait =
      typeof failure.details?.retryAfterSeconds === 'number' ? failure.details.retryAfterSeconds : undefined;
    return {
      id: 'token-rate-limited',
      title: 'Too many token requests',
      cause: `The token endpoint is throttling this API client${wait !== undefined ? `; it asks you to wait ${wait} s` : ''}.`,
      fix: [
        wait !== undefined
          ? `Wait ${wait} seconds, then generate again.`
          : 'Wait a minute, then generate again.',
        'A token lasts one hour: reuse it rather than requesting one per call (scripts: cache it until a minute before expires_in).',
      ],
      ...(wait !== undefined ? { retryAfterSeconds: wait } : {}),
      ...reference,
    };
  }
  if (failure.code === 'PROFILE_COOKIE_BUDGET') {
    return {
      id: 'profile-budget',
      title: 'Too many profiles hold a token',
      cause:
        'Every profile’s token travels in a cookie with every request; one more would make requests larger than the server accepts.',
      fix: [
        'Sign out of a profile you are not using (Settings → Profiles → Delete, or switch to it and Sign out), then generate again.',
      ],
    };
  }
  return undefined;
}
