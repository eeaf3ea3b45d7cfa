import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { JsonTree } from './json-tree';

describe('JsonTree', () => {
  it('renders the children of open nodes in pages of 100', () => {
    const html = renderToStaticMarkup(
      <JsonTree value={{ Items: Array.from({ length: 5000 }, (_, i) => `item-${i}`) }} openDepth={2} />,
    );
    expect(html).toContain('&quot;item-99&quot;');
    expect(html).not.toContain('&quot;item-100&quot;');
    expect(html).toContain('Show 1000 more of 4900 remaining');
  });

  it('renders nothing below a closed node', () => {
    const html = renderToStaticMarkup(<JsonTree value={{ Items: [{ deep: 'secret-ish' }] }} openDepth={1} />);
    expect(html).toContain('1 item');
    expect(html).not.toContain('secret-ish');
  });

  it('shows strings as escaped text, never as HTML', () => {
    const html = renderToStaticMarkup(
      <JsonTree value={{ x: '<img src=x onerror=alert(1)>' }} openDepth={1} />,
    );
    expect(html).not.toContain('<img');
  });

  it('renders a body nested 20 000 levels deep, a capped number of rows, with Show more rows', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 20_000; level++) deep = { next: deep };
    const html = renderToStaticMarkup(<JsonTree value={deep} openDepth={Infinity} />);
    expect(html).toContain('Show 2000 more rows');
    expect(html.match(/aria-expanded="true"/g)).toHaveLength(2000);
  });

  it('offers Expand all, Collapse all and a search of the body', () => {
    const html = renderToStaticMarkup(<JsonTree value={{ a: 1 }} openDepth={1} />);
    expect(html).toContain('Expand all');
    expect(html).toContain('Collapse all');
    expect(html).toContain('Search the response body');
  });
});
