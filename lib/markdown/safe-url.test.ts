import { describe, expect, it } from 'vitest';

import { isBlockedUrl, isExternalUrl, safeUrlTransform } from './safe-url';

describe('safeUrlTransform', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'DATA:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/x',
  ])('drops %j', (url) => {
    expect(safeUrlTransform(url)).toBe('');
  });

  it.each([
    'https://developer-docs.citrix.com/en-us/',
    'http://example.com/a?b=c#d',
    'mailto:someone@example.com',
    '/apis/systemlog',
    '#parameters',
    '?tab=operations',
    'relative/path',
  ])('keeps %j', (url) => {
    expect(safeUrlTransform(url)).toBe(url);
  });

  it('drops unknown schemes, since only http(s) and mailto are allowed', () => {
    expect(safeUrlTransform('GetRecords:x')).toBe('');
  });

  it('blocks script-capable schemes regardless of case and padding', () => {
    expect(isBlockedUrl('  VbScRiPt:x')).toBe(true);
    expect(isBlockedUrl('https://javascript.example/')).toBe(false);
  });
});

describe('isExternalUrl', () => {
  it('is true only for absolute http(s) links', () => {
    expect(isExternalUrl('https://citrix.com')).toBe(true);
    expect(isExternalUrl('/apis')).toBe(false);
    expect(isExternalUrl('#x')).toBe(false);
  });

  it.each([
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    ' //evil.example',
    '/\t/evil.example',
    'mailto:a@b.example',
    'http://[bad',
  ])('treats %j as leaving the app', (url) => {
    expect(isExternalUrl(url)).toBe(true);
  });

  it.each(['/apis/systemlog', 'apis', '?q=1', '#x', './x', '../x'])('keeps %j inside the app', (url) => {
    expect(isExternalUrl(url)).toBe(false);
  });
});
