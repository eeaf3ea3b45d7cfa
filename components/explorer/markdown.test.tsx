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

  // (Markdown itself percent-encodes a backslash in a link, so `/\evil` stays a path here.)
  it.each([
    '//evil.example/x',
    '///evil.example/x',
    'https://evil.example',
    'HTTP://evil.example',
    'mailto:a@b.example',
  ])('opens %s in a new tab without opener or referrer', (url) => {
    const html = renderToStaticMarkup(<MarkdownText text={`[go](${url})`} />);
    expect(html).toMatch(/<a [^>]*target="_blank"[^>]*rel="noopener noreferrer"[^>]*>go<\/a>/);
  });

  it('keeps links inside the app in the same tab', () => {
    const html = renderToStaticMarkup(<MarkdownText text={'[a](/apis/systemlog) [b](#parameters)'} />);
    expect(html).not.toContain('target=');
    expect(html).toContain('href="/apis/systemlog"');
  });

  it.each([
    ['a same-origin image', '![session](/api/auth/session)', '/api/auth/session'],
    ['a tracking image', '![](https://evil.example/pixel.gif)', 'https://evil.example/pixel.gif'],
    ['a protocol-relative image', '![logo](//evil.example/logo.png)', '//evil.example/logo.png'],
  ])('never fetches %s: a link named by its alt text instead', (_label, text, src) => {
    const html = renderToStaticMarkup(<MarkdownText text={text} />);
    expect(html).not.toContain('<img');
    expect(html).not.toContain(' src=');
    expect(html).toContain(`href="${src}"`);
    expect(html).toMatch(/>Image: (session|untitled|logo)<\/a>/);
  });

  it('shows an image with a script URL as text only', () => {
    const html = renderToStaticMarkup(<MarkdownText text={'![x](javascript:alert(1))'} />);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Image: x');
  });

  it('renders code and emphasis', () => {
    expect(renderToStaticMarkup(<MarkdownText text={'Use `CwsAuth` **now**'} />)).toMatch(
      /<code[^>]*>CwsAuth<\/code>.*<strong>now<\/strong>/,
    );
  });
});
