/** A path with each segment decoded, so `/apis/a%3Ab` and `/apis/a:b` compare equal. */
function decoded(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

/** The URL's path is this link's page (however either is percent-encoded). */
export function isCurrentPath(pathname: string, href: string): boolean {
  return decoded(pathname) === decoded(href);
}

/** The URL's path is this link's page or a page below it. */
export function isWithinPath(pathname: string, href: string): boolean {
  const path = decoded(pathname);
  const base = decoded(href);
  return path === base || path.startsWith(`${base}/`);
}
