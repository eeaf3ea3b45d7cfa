/**
 * THE rule for which names carry credentials, shared by everything that keeps, shares or prints a
 * request: history and share links drop these values (lib/history/sanitize.ts), snippets read
 * them from environment variables instead of printing them (lib/snippets). One rule, so a field
 * that a share link keeps is never one a snippet would treat as a secret, and the reverse.
 *
 * Precise on purpose: a `ContinuationToken` is a page cursor and `token_type` a label, not
 * credentials; anything named like a secret, password, credential or API key is one.
 */

/** Body fields and form fields: client_secret, ClientSecret, AdminPassword, apiKey, access_token, token… */
const SECRET_FIELD =
  /secret|password|passwd|credential|api[-_]?key|^(access|refresh|bearer|id|auth)?[-_]?token$/i;

/** Headers: the field rule, the authentication headers, and any header with "token" in its name. */
const SECRET_HEADER = /^(authorization|proxy-authorization|x-admincredential|cookie|set-cookie)$|token/i;

/** Query parameters: exact names only (a `ContinuationToken` parameter is a cursor). */
const SECRET_QUERY =
  /^(client_?secret|secret|password|passwd|access_?token|refresh_?token|id_?token|api_?key|token)$/i;

export function isSecretField(name: string): boolean {
  return SECRET_FIELD.test(name);
}

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADER.test(name) || SECRET_FIELD.test(name);
}

export function isSecretQuery(name: string): boolean {
  return SECRET_QUERY.test(name);
}
