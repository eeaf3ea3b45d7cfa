import { readFileSync } from 'node:fs';
import path from 'node:path';

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { MarkdownText } from '@/components/explorer/markdown';
import { checkAndIndex, normalise } from '@/lib/openapi/pipeline';

/** The hostile fixture's descriptions, as an imported document's pages render them. */
describe('an imported document renders inert', () => {
  const checked = checkAndIndex(
    readFileSync(path.resolve(process.cwd(), 'lib/import/testdata/xss.yaml'), 'utf8'),
  );
  if (!checked.ok) throw new Error('the fixture must import');
  const { stored, dereferenced } = normalise(checked.checked);
  const operation = (dereferenced.paths as Record<string, { get: { description: string } }>)['/']!.get;

  it('shows HTML as text and keeps no script-capable link, not even an empty href', () => {
    for (const text of [stored.meta.description, operation.description]) {
      const html = renderToStaticMarkup(<MarkdownText text={text} />);
      expect(html).not.toMatch(/<script|<img|<[a-z]+ [^>]*on[a-z]+=|href="(javascript|data):/i);
      expect(html).toContain('&lt;script&gt;');
      expect(html).not.toMatch(/<a[^>]*href=""/);
    }
    const info = renderToStaticMarkup(<MarkdownText text={stored.meta.description} />);
    expect(info).toContain('<span title="Link removed: its URL is not allowed">Click me</span>');
    expect(info).toContain('<span title="Link removed: its URL is not allowed">data link</span>');
  });

  it('keeps safe links as links', () => {
    const html = renderToStaticMarkup(
      <MarkdownText text={'[docs](https://developer.cloud.com) [here](#parameters) [mail](mailto:a@b.c)'} />,
    );
    expect(html).toContain('href="https://developer.cloud.com"');
    expect(html).toContain('href="#parameters"');
    expect(html).toContain('href="mailto:a@b.c"');
  });
});
