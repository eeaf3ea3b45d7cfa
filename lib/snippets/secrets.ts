import { EnvRef } from './types';

/**
 * Fields and headers whose values are secrets (the app's one rule, lib/security/secret-names.ts).
 * A snippet is shared, pasted into chats and shown on screens: it reads these from environment
 * variables instead of printing them.
 */
export { isSecretField, isSecretHeader } from '@/lib/security/secret-names';

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
  return new EnvRef(envNameFor(name));
}
