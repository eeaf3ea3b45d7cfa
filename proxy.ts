import { NextResponse, type NextRequest } from 'next/server';

import { contentSecurityPolicy, makeNonce } from '@/lib/security/csp';

/**
 * Security headers on every page and route: a per-request CSP nonce (Next.js applies it to its
 * own scripts when it sees the policy on the request), and HSTS in production.
 * Authorisation is NOT done here: each route handler checks the session itself.
 */
export function proxy(request: NextRequest) {
  const nonce = makeNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  if (process.env.NODE_ENV === 'production') {
    response.headers.set('strict-transport-security', 'max-age=63072000; includeSubDomains');
  }
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
