/**
 * The origin the browser used to reach us, for labelling sandbox URLs only (never to connect):
 * the Host header when it is a plain host[:port], else the URL Next.js reports.
 */
export function appOriginOf(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('host');
  if (host && /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?$/.test(host)) {
    return `${url.protocol}//${host}`;
  }
  return url.origin;
}
