import { describe, expect, it } from 'vitest';

import { SNIPPET_LANGUAGES, snippetRefusal } from './index';
import { printValue } from './print-value';
import { MAX_SNIPPET_BODY_CHARS } from './snippet-body';
import type { JsonValue, SnippetRequest } from './types';

/** Bodies a user can paste (or a share link can carry): none may crash the snippet panel. */

const request = (text: string, contentType = 'application/json'): SnippetRequest => ({
  method: 'POST',
  url: 'https://api-us.cloud.com/notifications',
  query: [],
  headers: [['Citrix-CustomerId', 'acme01']],
  authorization: true,
  body: { contentType, text },
});

/** About 1 MB of JSON: the size that crashed the page (`out.push(pad, ...entry)`). */
const ONE_MB = JSON.stringify({
  client_secret: 's',
  items: Array.from({ length: 32_000 }, (_, index) => ({
    id: index,
    name: `item ${index}`,
    tags: ['a', 'b'],
  })),
});
const DEEP = '['.repeat(10_000) + ']'.repeat(10_000);

describe('large and deep request bodies', () => {
  it('a 1 MB body: every language says it is too large to show a snippet, none throws', () => {
    expect(ONE_MB.length).toBeGreaterThan(1024 * 1024);
    expect(snippetRefusal(request(ONE_MB))).toMatch(/too large to show a snippet \(1\.\d MB/);
    for (const language of SNIPPET_LANGUAGES) {
      const code = language.generate(request(ONE_MB));
      expect(code, language.label).toMatch(/^(#|\/\/) The request body is too large to show a snippet/);
      expect(code.split('\n').filter(Boolean), language.label).toHaveLength(1);
    }
  });

  it('a body nested 10,000 levels deep: refused in words, in every language', () => {
    expect(snippetRefusal(request(DEEP))).toMatch(/nested too deeply/);
    for (const language of SNIPPET_LANGUAGES)
      expect(language.generate(request(DEEP)), language.label).toMatch(/nested too deeply/);
  });

  it('a body just under the limit with a secret field is printed, all of it', () => {
    const items = Array.from({ length: 1500 }, (_, index) => ({ id: index, name: `item ${index}` }));
    const text = JSON.stringify({ client_secret: 's', items });
    expect(text.length).toBeLessThan(MAX_SNIPPET_BODY_CHARS);
    expect(snippetRefusal(request(text))).toBeUndefined();
    for (const language of SNIPPET_LANGUAGES) {
      const code = language.generate(request(text));
      expect(code, language.label).toContain('"item 1499"');
      expect(code, language.label).not.toContain('"s"');
    }
  });

  it('printValue walks a wide and a 10,000-deep value without recursion', () => {
    const wide = Array.from({ length: 200_000 }, (_, index) => index) as JsonValue;
    expect(printValue(wide).join('')).toBe(JSON.stringify(wide, null, 2));
    let deep: JsonValue = [];
    for (let level = 0; level < 10_000; level += 1) deep = [deep];
    const printed = printValue(deep, { indent: '' }).join('');
    expect(printed.replace(/\n/g, '')).toBe('['.repeat(10_000) + '[]' + ']'.repeat(10_000));
  });
});
