import { describe, expect, it } from 'vitest';

import { tokenCustomerOf } from './token-customer';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: object) => `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}.c2ln`;

describe('tokenCustomerOf', () => {
  it('reads the customer claim of a JWT', () => {
    expect(tokenCustomerOf(jwt({ customer_id: 'sandboxdemo01', client_id: 'x' }))).toBe('sandboxdemo01');
    expect(tokenCustomerOf(jwt({ customerId: 'abc123' }))).toBe('abc123');
  });

  it('is undefined for a token that is not a JWT or names no customer', () => {
    expect(tokenCustomerOf('not-a-jwt')).toBeUndefined();
    expect(tokenCustomerOf(jwt({ sub: 'someone' }))).toBeUndefined();
  });
});
