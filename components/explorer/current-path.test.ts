import { describe, expect, it } from 'vitest';

import { isCurrentPath, isWithinPath } from './current-path';
import { operationHref, serviceHref } from './hrefs';

describe('current path', () => {
  it('matches a link to the URL however either is encoded', () => {
    expect(isCurrentPath('/apis/daas/Machines_Get', operationHref('daas', 'Machines_Get'))).toBe(true);
    expect(isCurrentPath('/apis/x/a:b', operationHref('x', 'a:b'))).toBe(true);
    expect(isCurrentPath('/apis/x/a%3Ab', '/apis/x/a:b')).toBe(true);
    expect(isCurrentPath('/apis/x/DOMAIN%5CW11', operationHref('x', 'DOMAIN\\W11'))).toBe(true);
  });

  it('does not match another page', () => {
    expect(isCurrentPath('/apis/systemlog/GetRecords', serviceHref('systemlog'))).toBe(false);
    expect(isCurrentPath('/apis/systemlog', '/apis/systemlogs')).toBe(false);
  });

  it('a service contains its operations, not a service whose id starts the same', () => {
    expect(isWithinPath('/apis/systemlog/GetRecords', serviceHref('systemlog'))).toBe(true);
    expect(isWithinPath('/apis/systemlog', serviceHref('systemlog'))).toBe(true);
    expect(isWithinPath('/apis/systemlogs/GetRecords', serviceHref('systemlog'))).toBe(false);
  });

  it('a malformed escape is compared as it is rather than throwing', () => {
    expect(isCurrentPath('/apis/x/%E0%A4%A', '/apis/x/%E0%A4%A')).toBe(true);
    expect(isCurrentPath('/apis/x/%E0%A4%A', '/apis/x/other')).toBe(false);
  });
});
