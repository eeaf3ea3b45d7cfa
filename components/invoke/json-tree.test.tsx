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
});
