import { appOriginOf } from '@/lib/config/app-origin';

/**
 * The request's URL as the caller addressed it. Next.js reports the server's own host name in
 * `request.url` (e.g. `http://localhost:3999`) whatever host the caller used, so links the sandbox
 * writes (`@odata.nextLink`, `@odata.context`, Location) are built on the app's public origin
 * (lib/config/app-origin.ts: `APP_ORIGIN`, or the caller's Host when it names this machine, so a
 * teammate calling a shared demo server by its address gets links to that server; a forged Host
 * never gets in). In-process calls (the proxy calling the sandbox) carry no Host: their URL was
 * built by the app itself and is kept.
 */
export function publicUrlOf(request: Request): URL {
  const url = new URL(request.url);
  if (!request.headers.has('host')) return url;
  return new URL(`${url.pathname}${url.search}`, appOriginOf(request));
}
