/** Decodes one JSON pointer token (`~1` is `/`, `~0` is `~`). */
export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * A JSON pointer (`/paths/~1pets/get/responses/200`) as a JSONPath a person reads:
 * `$.paths["/pets"].get.responses["200"]`.
 */
export function jsonPathOf(pointer: string): string {
  if (pointer === '' || pointer === '/') return '$';
  return pointer
    .split('/')
    .slice(1)
    .map(unescapePointerToken)
    .reduce(
      (path, token) =>
        /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(token)
          ? `${path}.${token}`
          : /^\d+$/.test(token) && !path.endsWith('responses')
            ? `${path}[${token}]`
            : `${path}[${JSON.stringify(token)}]`,
      '$',
    );
}
