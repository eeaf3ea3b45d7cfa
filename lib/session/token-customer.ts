import { decodeJwt } from 'jose';

/**
 * The customer a token was issued for, as its claims say (`customer_id`, as the sandbox writes it;
 * `customerId` or `ctx_customer_id` in other forms). Undefined for a token that is not a JWT or that
 * names no customer. Read without verifying: it is only compared with what the user typed.
 */
export function tokenCustomerOf(token: string): string | undefined {
  try {
    const claims = decodeJwt(token) as Record<string, unknown>;
    for (const name of ['customer_id', 'customerId', 'ctx_customer_id']) {
      const value = claims[name];
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
    }
    return undefined;
  } catch {
    return undefined;
  }
}
