import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { MarkdownText } from './markdown';

describe('MarkdownText', () => {
  it('never renders raw HTML and drops script links', () => {
    const html = renderToStaticMarkup(
      <MarkdownText
        text={
          'Hello <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](https://citrix.com)'
        }
      />,
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="https://citrix.com"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('renders code and emphasis', () => {
    expect(renderToStaticMarkup(<MarkdownText text={'Use `CwsAuth` **now**'} />)).toMatch(
      /<code[^>]*>CwsAuth<\/code>.*<strong>now<\/strong>/,
    );
  });
});
