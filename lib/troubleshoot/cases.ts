import { header, seconds, text } from './body';
import type { ExplainContext, Explanation, Json, RequestHeaders } from './types';

/** One function per error Citrix Cloud sends (reference §4): what went wrong and what to do. */

export function authenticationMissing(): Explanation {
  return {
    id: 'authentication-missing',
    title: 'No token was sent',
    cause: 'Citrix Cloud received no Authorization header (reason "missing").',
    fix: [
      'Use Set Authentication: the explorer then sends Authorization: CwsAuth Bearer=<token> with every call.',
      'Outside the explorer, send the header exactly as "Authorization: CwsAuth Bearer=<token>" — Citrix Cloud requires the CwsAuth scheme, not just "Bearer <token>".',
    ],
    action: 'set-authentication',
  };
}

export function authenticationInvalid(headers: RequestHeaders, context: ExplainContext): Explanation {
  const customer = header(headers, 'Citrix-CustomerId')?.trim();
  const fix = [
    'Generate a new token (Set Authentication): tokens last one hour and cannot be refreshed, only re-minted. "Renew automatically" does this for you.',
  ];
  let cause: string;
  if (context.pastedToken) {
    cause =
      'The token pasted into the Authorization field was not accepted (reason "invalid"): it has expired, was cut or altered when copied, or was issued for another customer or region.';
    fix.unshift(
      'Clear the pasted value ("Use session token") to send your session’s token instead, or paste the whole token again.',
    );
  } else if (!customer) {
    cause =
      'The call sent no Citrix-CustomerId header. Services on api.cloud.com need it on every call and answer its absence as a token they do not accept (reason "invalid"): the token itself may be fine.';
    const known = context.tokenCustomerId ?? context.sessionCustomerId;
    fix.unshift(
      `Add the header Citrix-CustomerId${known ? `: ${known}` : ' with your customer ID'} and send again.`,
    );
    fix.pop();
  } else if (context.tokenCustomerId && customer !== context.tokenCustomerId) {
    cause = `The token was issued for customer ${context.tokenCustomerId} (its customer claim), but Citrix-CustomerId says ${customer}: a token only works for the customer its API client belongs to (reason "invalid").`;
    fix.unshift(
      `Set Citrix-CustomerId to ${context.tokenCustomerId}, or, if ${customer} is the customer you meant, generate a token with an API client created in ${customer}.`,
    );
    fix.pop();
  } else if (customer && context.sessionCustomerId && customer !== context.sessionCustomerId) {
    cause = `The token belongs to customer ${context.sessionCustomerId}, but Citrix-CustomerId says ${customer}: a token only works for the customer its API client was created in (reason "invalid").`;
    fix.unshift(
      `Set Citrix-CustomerId to ${context.sessionCustomerId}, or switch to a profile of customer ${customer}.`,
    );
  } else {
    cause =
      'Citrix Cloud did not accept the token (reason "invalid"): it has expired (after one hour), or it was issued for another customer than Citrix-CustomerId' +
      (customer ? ` (${customer})` : '') +
      ', or by another region’s token endpoint.';
    fix.push(
      'Check that Citrix-CustomerId is the customer the API client belongs to, and that the region matches where the customer lives.',
    );
  }
  return {
    id: 'authentication-invalid',
    title: 'The token was rejected',
    cause,
    fix,
    action: context.pastedToken ? 'use-session-token' : 'set-authentication',
  };
}

export function authorization(parameters: Record<string, string>, detail: string | undefined): Explanation {
  if (/not authenticated for the specified resource/i.test(parameters.message ?? '')) {
    return {
      id: 'authorization-geography',
      title: 'Access denied: wrong region for this customer',
      cause: `Citrix Cloud answered 403 "${detail ?? 'Access denied'}" with "${parameters.message}": the customer lives in another geography than the one the call (or the token) went to.`,
      fix: [
        'Pick the customer’s region in the header (US, EU, AP South or Japan), generate a token there, and send again.',
        'In scripts, use the API host of the customer’s region (api-eu.cloud.com, api-ap-s.cloud.com, api.citrixcloud.jp) for both the token and the call.',
      ],
    };
  }
  const entity = parameters.entityType
    ? ` on ${parameters.entityType.split('/').pop()}${parameters.id ? ` ${parameters.id}` : ''}`
    : '';
  return {
    id: 'authorization',
    title: 'Access denied',
    cause: `The token is valid, but the API client may not do this${entity} (403 "${detail ?? 'Access denied'}"): it lacks the role or permission, or it is not an administrator of this customer.`,
    fix: [
      'An API client has the access of the administrator who created it: in Citrix Cloud → Identity and Access Management → API Access, create the client as an administrator with Full access, or with the custom role this service needs.',
      'Check that Citrix-CustomerId is the customer the API client was created in.',
      'Some resources cannot be changed by anyone (for example Citrix-managed resource locations are read-only).',
    ],
  };
}

export function notAcceptable(headers: RequestHeaders): Explanation {
  const accept = header(headers, 'Accept');
  return {
    id: 'not-acceptable',
    title: 'Accept must be exactly application/json',
    cause: `${accept === undefined ? 'No Accept header was sent' : `The request sent "Accept: ${accept}"`}; Citrix Cloud does not negotiate: */*, a list of types or a charset parameter are answered with 406 Not Acceptable.`,
    fix: [
      'Set the Accept header to exactly application/json and send again.',
      'curl, PowerShell and many HTTP libraries send Accept: */* by default: add the header yourself (curl -H "Accept: application/json").',
    ],
  };
}

export function rateLimited(
  id: string,
  title: string,
  parameters: Record<string, string>,
  detail: string | undefined,
): Explanation {
  const wait = seconds(parameters.retryDelay) ?? seconds(/(\d+)\s*seconds?/i.exec(detail ?? '')?.[1]);
  return {
    id,
    title,
    cause: `${detail ?? 'Citrix Cloud refused the call for now'}${wait !== undefined ? ` — it asks you to wait ${wait} s (retryDelay ${parameters.retryDelay ?? wait}).` : '.'}`,
    fix: [
      wait !== undefined ? `Wait ${wait} seconds, then send again.` : 'Wait a little, then send again.',
      'In scripts, honour retryDelay from the body (Citrix Cloud does not always send Retry-After) and back off exponentially.',
      'For token requests: reuse a token for its hour instead of requesting a new one per call.',
    ],
    ...(wait !== undefined ? { retryAfterSeconds: wait } : {}),
  };
}

export function gatewayInternalError(body: Json, headers: RequestHeaders): Explanation {
  const activityId = text(body.activityId);
  const reference = activityId ? { reference: { label: 'activityId', value: activityId } } : {};
  if (!header(headers, 'Citrix-CustomerId')?.trim()) {
    return {
      id: 'gateway-missing-customer',
      title: 'Citrix-CustomerId is missing',
      cause:
        'The API gateway answered its bare 500 "Internal server error" (statusCode, message, activityId): that is how DaaS and other api.cloud.com services fail when the request has no Citrix-CustomerId header.',
      fix: [
        'Add the header Citrix-CustomerId: <your customer ID>. The explorer fills it from your session unless the field is cleared.',
        'Your customer ID is shown in Citrix Cloud under Identity and Access Management → API Access.',
      ],
      ...reference,
    };
  }
  return {
    id: 'gateway-internal-error',
    title: 'The API gateway failed',
    cause:
      'The API gateway answered its bare 500 "Internal server error". With Citrix-CustomerId present, the usual causes are a wrong base URL or path, or (on DaaS) a missing or wrong Citrix-InstanceId.',
    fix: [
      'Check the service’s base URL and the path against the API description.',
      'On DaaS, set Citrix-InstanceId to a site ID from GET /cvad/manage/me.',
      activityId
        ? `If it persists, quote activityId ${activityId} to Citrix support.`
        : 'If it persists, contact Citrix support with the transaction id.',
    ],
    ...reference,
  };
}

export function daasError(body: Json, headers: RequestHeaders, status: number): Explanation {
  const message = text(body.ErrorMessage) ?? 'DaaS reported an error.';
  const sdkErrorId = text(body.SdkErrorId) ?? 'Unknown';
  const missingInstance =
    /instanceid/i.test(sdkErrorId) ||
    (/Citrix-InstanceId/i.test(message) && !header(headers, 'Citrix-InstanceId')?.trim());
  if (missingInstance && !header(headers, 'Citrix-InstanceId')?.trim()) {
    return {
      id: 'daas-missing-instance',
      title: 'Citrix-InstanceId is missing',
      cause: `DaaS cannot tell which site the call is for: "${message}" (SdkErrorId ${sdkErrorId}).`,
      fix: [
        'Call GET /cvad/manage/me and use a site ID from Customers[0].Sites[].Id as the Citrix-InstanceId header.',
        'In the explorer, pick one of your sites in the Citrix-InstanceId field (it is listed from /me once you are authenticated).',
      ],
    };
  }
  if (/^SiteNotFound$/i.test(sdkErrorId)) {
    return {
      id: 'daas-site-not-found',
      title: 'Unknown DaaS site',
      cause: `Citrix-InstanceId (${header(headers, 'Citrix-InstanceId') ?? 'not sent'}) is not one of this customer’s sites: "${message}".`,
      fix: [
        'Call GET /cvad/manage/me and use a site ID from Customers[0].Sites[].Id.',
        'A site ID of another customer does not work with this customer’s token.',
      ],
    };
  }
  if (/NotFound$/i.test(sdkErrorId) || status === 404) {
    return {
      id: 'daas-not-found',
      title: 'Not found',
      cause: `${message} (SdkErrorId ${sdkErrorId}).`,
      fix: [
        'List the collection first (for example GET /cvad/manage/MachineCatalogs) and use an Id or Name from it.',
        'DaaS names are case-sensitive in some places; an Id always works.',
      ],
    };
  }
  return {
    id: 'daas-error',
    title: `DaaS error: ${sdkErrorId}`,
    cause: message,
    fix: [
      'Read ErrorMessage and ErrorDetails in the body for the specific cause.',
      'Look up the SdkErrorId in the Citrix DaaS REST API documentation.',
    ],
  };
}

/** The token endpoint's OAuth errors (`{error, error_description}`). */
export function oauthExplanation(error: string, description: string | undefined): Explanation | undefined {
  if (error === 'invalid_client') {
    return {
      id: 'oauth-invalid-client',
      title: 'Client ID or secret not accepted',
      cause: `The token endpoint answered invalid_client${description ? ` ("${description}")` : ''}: the client ID and secret do not match an API client of this region.`,
      fix: [
        'Copy the client ID and secret again from the file downloaded when the API client was created (Identity and Access Management → API Access). The secret is shown only once.',
        'Secrets contain +, / and =: in a form-urlencoded body they must be URL-encoded (+ → %2B, / → %2F, = → %3D). Unencoded, + turns into a space and the secret no longer matches.',
        'Use the token endpoint of the customer’s region; a deleted API client or an expired secret fails the same way — create a new API client then.',
      ],
    };
  }
  if (error === 'invalid_request') {
    return {
      id: 'oauth-invalid-request',
      title: 'The token request was malformed',
      cause: `The token endpoint answered invalid_request${description ? ` ("${description}")` : ''}.`,
      fix: [
        'Send Content-Type: application/x-www-form-urlencoded exactly — without a charset parameter — and a form body, not JSON.',
        'The body needs grant_type=client_credentials, client_id and client_secret (URL-encoded).',
      ],
    };
  }
  if (error === 'unsupported_grant_type') {
    return {
      id: 'oauth-unsupported-grant',
      title: 'Unsupported grant type',
      cause: `The token endpoint answered unsupported_grant_type${description ? ` ("${description}")` : ''}.`,
      fix: ['Use grant_type=client_credentials: API clients have no other grant.'],
    };
  }
  return undefined;
}

export function genericCitrix(
  code: string,
  detail: string | undefined,
  parameters: Record<string, string>,
  status: number,
): Explanation {
  const params = Object.entries(parameters)
    .map(([name, value]) => `${name} = ${value}`)
    .join(', ');
  const byCode: Record<string, { title: string; fix: string[] }> = {
    'common/notFound': {
      title: 'Not found',
      fix: [
        'List the collection first and use an id from it.',
        'Check Citrix-CustomerId: other customers’ resources are invisible.',
      ],
    },
    'common/unsupportedMediaType': {
      title: 'Send the body as JSON',
      fix: ['Set Content-Type: application/json; charset=utf-8 and send a JSON body.'],
    },
    'common/optimisticConcurrency': {
      title: 'Changed by someone else',
      fix: ['Read the resource again and re-apply your change.'],
    },
    'common/notImplemented': {
      title: 'Not implemented',
      fix: ['This operation is not available for this customer or region.'],
    },
  };
  // The sandbox (and a gateway) answer an unknown route with entityType "path": no resource was
  // looked up, so the customer ID has nothing to do with it.
  if (code === 'common/notFound' && parameters.entityType === 'path') {
    return {
      id: 'route-not-found',
      title: 'No operation at this path',
      cause: `Nothing is served at ${parameters.id ?? 'this path'}${detail ? ` ("${detail}")` : ''} — error type ${code}. The host does not know this route; no resource was looked up.`,
      fix: [
        'Check the path and the Server (host and base path) the call went to.',
        'The sandbox serves only the operations of the built-in catalog; other paths answer 404 there.',
      ],
    };
  }
  const known = byCode[code];
  const invalidInput =
    /^common\/(outOfRange|tooLong|invalidString|invalidEnum|missing|invalidJson)$/.test(code) ||
    (status === 400 && !known);
  return {
    id: `citrix-${code.replace(/[^A-Za-z0-9]+/g, '-')}`,
    title:
      known?.title ?? (invalidInput ? 'A parameter or the body was rejected' : `Citrix Cloud error ${code}`),
    cause: `${detail ?? 'Citrix Cloud reported an error'}${params ? ` (${params})` : ''} — error type ${code}.`,
    fix:
      known?.fix ??
      (invalidInput
        ? [
            'Correct the value the parameters name and send again; the operation’s description lists the allowed ranges.',
          ]
        : ['Read the detail and parameters in the body; the type names the error.']),
  };
}
