import { appOriginOf } from '@/lib/http/app-origin';

/**
 * The request's URL as the caller addressed it. Next.js reports the server's own host name in
 * `request.url` (e.g. `http://localhost:3999`) whatever host the caller used, so links the sandbox
 * writes (`@odata.nextLink`, `@odata.context`, Location) are built on the Host the caller sent:
 * a teammate calling a shared demo server gets links to that server.
 */
export function publicUrlOf(request: Request): URL {
  const url = new URL(request.url);
  return new URL(`${url.pathname}${url.search}`, appOriginOf(request));
}
