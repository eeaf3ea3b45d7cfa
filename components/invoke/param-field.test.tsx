import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import type { ParamSpec } from '@/lib/invoke-form/types';

import { ParamField } from './param-field';

const base: ParamSpec = {
  key: 'query:Limit',
  name: 'Limit',
  in: 'query',
  required: true,
  kind: 'integer',
  deprecated: false,
  forwarded: true,
};

describe('ParamField', () => {
  it('labels the input with the parameter name alone and marks it required for assistive technology', () => {
    const html = renderToStaticMarkup(<ParamField param={base} value="" onChange={() => {}} />);
    expect(html).toMatch(
      /<label for="param-query-Limit"[^>]*>Limit<span aria-hidden="true"[^>]*>\*<\/span><\/label>/,
    );
    expect(html).toMatch(/<input[^>]*id="param-query-Limit"[^>]*aria-required="true"/);
    expect(html).toContain('inputMode="numeric"');
  });

  it('renders an enum as a select, and an error tied to the input', () => {
    const html = renderToStaticMarkup(
      <ParamField
        param={{ ...base, kind: 'string', enum: ['User', 'System'] }}
        value=""
        onChange={() => {}}
        error="Limit is required."
      />,
    );
    expect(html).toMatch(
      /<select[^>]*aria-invalid="true"[^>]*aria-describedby="param-query-Limit-error param-query-Limit-hint"/,
    );
    expect(html).toContain('<option value="User">User</option>');
    expect(html).toContain('id="param-query-Limit-error"');
  });

  it('says when the proxy will not forward a header', () => {
    const html = renderToStaticMarkup(
      <ParamField
        param={{ ...base, in: 'header', name: 'X-AdminCredential', forwarded: false }}
        value=""
        onChange={() => {}}
      />,
    );
    expect(html).toContain('does not forward this header');
  });
});
