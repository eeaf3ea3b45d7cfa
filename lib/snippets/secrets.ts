import type { EnvRef } from './types';

/**
 * Names of fields and headers whose values are secrets. A snippet is shared, pasted into chats and
 * shown on screens: it reads these from environment variables instead of printing them.
 */
// Deliberately not every "token": a ContinuationToken or token_type is not a secret.
const SECRET_NAME = /secret|password|passwd|credential|api[-_]?key|^(access|refresh|bearer)[-_]?token$/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** `client_secret` → CITRIX_CLIENT_SECRET, `X-AdminCredential` → CITRIX_X_ADMINCREDENTIAL. */
export function envNameFor(name: string): string {
  if (/^client[-_]?secret$/i.test(name)) return 'CITRIX_CLIENT_SECRET';
  const slug = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  return `CITRIX_${slug || 'SECRET'}`;
}

export function envRefFor(name: string): EnvRef {
  return { env: envNameFor(name) };
}
