import { unsealData } from 'iron-session';

type Password = string | Record<string, string>;

/**
 * `Fe26.2*<password id>*salt*iv*data*expiration*hmacSalt*hmac~<version>`. A seal that is not
 * exactly this shape, or names a password id this server does not hold as its own (`__proto__`,
 * `constructor`, an id from another deployment), cannot have been sealed here.
 */
const SEAL_SHAPE = /^Fe26\.2\*[^*]*\*[^*]+\*[^*]+\*[^*]+\*\d*\*[^*]+\*[^*~]+(~2)?$/;

function holdsPasswordId(password: Password, id: string): boolean {
  // A plain string is iron-session's {1: password}; the id 'default' is iron's fallback name.
  if (typeof password === 'string') return id === '1' || id === '';
  return Object.prototype.hasOwnProperty.call(password, id || 'default');
}

/**
 * Opens a sealed session cookie. Anything that does not open — tampered, expired, another
 * password, a malformed prefix, expiration or password id — reads as `{}`: signed out, never an
 * exception (SECURITY.md). iron-session itself throws on several malformed shapes; this does not.
 */
export async function openSeal<T extends object>(
  seal: string,
  options: { password: Password; ttl?: number },
): Promise<T | Record<string, never>> {
  if (!SEAL_SHAPE.test(seal)) return {};
  if (!holdsPasswordId(options.password, seal.split('*')[1]!)) return {};
  try {
    const data: unknown = await unsealData<T>(seal, options);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as T) : {};
  } catch {
    return {};
  }
}
