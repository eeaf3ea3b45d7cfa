import { describe, expect, it } from 'vitest';

import { nextPageHint } from './next-page';

describe('nextPageHint', () => {
  it('speaks of @odata.nextLink for an OData page, never of a continuation token', () => {
    const hint = nextPageHint({ value: [], '@odata.nextLink': 'http://x/Machines?$skip=100' });
    expect(hint).toContain('@odata.nextLink');
    expect(hint).not.toMatch(/continuation token/);
  });

  it('speaks of the continuation token for Citrix paging', () => {
    expect(nextPageHint({ Items: [], ContinuationToken: 'abc' })).toMatch(/continuation token/);
  });
});
