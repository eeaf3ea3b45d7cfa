import { describe, expect, it } from 'vitest';

import { tokenCustomerOf } from './token-customer';

/** Which claim names the customer, and what does not count (mutation testing, lib/session). */

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: object) => `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}.c2ln`;

describe('tokenCustomerOf', () => {
  it('reads ctx_customer_id too', () => {
    expect(tokenCustomerOf(jwt({ ctx_customer_id: 'ctxcustomer' }))).toBe('ctxcustomer');
  });

  it('prefers customer_id, then customerId, then ctx_customer_id', () => {
    expect(tokenCustomerOf(jwt({ ctx_customer_id: 'c', customerId: 'b', customer_id: 'a' }))).toBe('a');
    expect(tokenCustomerOf(jwt({ ctx_customer_id: 'c', customerId: 'b' }))).toBe('b');
  });

  it('trims the claim', () => {
    expect(tokenCustomerOf(jwt({ customer_id: '  spaced01 \n' }))).toBe('spaced01');
  });

  it('skips a claim that is blank or not a string, and falls through to the next', () => {
    expect(tokenCustomerOf(jwt({ customer_id: '   ', customerId: 'next' }))).toBe('next');
    expect(tokenCustomerOf(jwt({ customer_id: '' }))).toBeUndefined();
    expect(tokenCustomerOf(jwt({ customer_id: 42, ctx_customer_id: 'last' }))).toBe('last');
    expect(tokenCustomerOf(jwt({ customer_id: { id: 'x' } }))).toBeUndefined();
  });

  it('is undefined for an empty token', () => {
    expect(tokenCustomerOf('')).toBeUndefined();
  });
});
