import { joinSegments, printValue } from './print-value';
import { jsonString } from './quote';
import { refusalComment, snippetHeaders, urlWithQuery } from './request-parts';
import { toSnippetBody } from './snippet-body';
import type { EnvRef, SnippetRequest } from './types';

const jsEnv = (ref: EnvRef) => `process.env.${ref.env}`;

/** JavaScript `fetch` (Node 18+ or a browser console); the token comes from `process.env.CITRIX_TOKEN`. */
export function javascriptSnippet(request: SnippetRequest): string {
  const body = request.body && toSnippetBody(request.body);
  if (body?.kind === 'too-large') return refusalComment(body.reason, '//');
  const headers = snippetHeaders(request).map(({ name, value, prefix }) => {
    // A template literal keeps the prefix and the variable readable; backticks and ${ are escaped.
    const printed =
      typeof value === 'string'
        ? jsonString(value)
        : prefix
          ? `\`${prefix.replace(/[`\\]|\$\{/g, (m) => '\\' + m)}\${${jsEnv(value)}}\``
          : jsEnv(value);
    return `    ${jsonString(name)}: ${printed},`;
  });
  const options = [`  method: ${jsonString(request.method)},`, `  headers: {\n${headers.join('\n')}\n  },`];
  if (body) {
    if (body.kind === 'json') {
      const literal = joinSegments(printValue(body.value, { envValue: (ref) => [ref] }, 1), jsEnv);
      options.push(`  body: JSON.stringify(${literal}),`);
    } else if (body.kind === 'form') {
      const fields = body.fields.map(
        ([key, value]) =>
          `    ${jsonString(key)}: ${typeof value === 'string' ? jsonString(value) : jsEnv(value)},`,
      );
      options.push(`  body: new URLSearchParams({\n${fields.join('\n')}\n  }),`);
    } else {
      options.push(`  body: ${jsonString(body.text)},`);
    }
  }
  return [
    `const response = await fetch(${jsonString(urlWithQuery(request.url, request.query))}, {`,
    ...options,
    '});',
    'console.log(response.status);',
    'console.log(await response.text());',
    '',
  ].join('\n');
}
