import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { InlineCode } from './inline-code';

describe('InlineCode', () => {
  it('turns backtick spans into code and escapes everything else', () => {
    const html = renderToStaticMarkup(<InlineCode text={'Pass `null` <b>on</b> the last page'} />);
    expect(html).toMatch(/^Pass <code[^>]*>null<\/code> &lt;b&gt;on&lt;\/b&gt; the last page$/);
  });
});
