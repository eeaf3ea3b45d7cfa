import { describe, expect, it } from 'vitest';

import { documentForExport, exportFileStem } from './export-document';

const document = { openapi: '3.1.0', info: { title: 'T', version: '1' }, paths: {}, servers: [{ url: '/' }] };

describe('documentForExport', () => {
  it('points the servers at the host the region table gives the target', () => {
    const target = { ok: true, hostKind: 'wem', basePath: '', server: 'x' } as const;
    expect(documentForExport(document, target, 'eu', 'http://app').servers).toEqual([
      { url: 'https://eu-api.wem.cloud.com' },
    ]);
    expect(documentForExport(document, target, 'sandbox', 'http://app').servers).toEqual([
      { url: 'http://app/sandbox/wem' },
    ]);
  });

  it('maps a gateway base path onto the region gateway', () => {
    const target = { ok: true, hostKind: 'gateway', basePath: '/cvad/manage', server: 'x' } as const;
    expect(documentForExport(document, target, 'us', 'http://app').servers).toEqual([
      { url: 'https://api-us.cloud.com/cvad/manage' },
    ]);
  });

  it('leaves a document without an invocable target as it is', () => {
    expect(documentForExport(document, { ok: false, reason: 'r' }, 'us', 'http://app')).toBe(document);
    const gac = { ok: true, hostKind: 'gac', basePath: '', server: 'x' } as const;
    expect(documentForExport(document, gac, 'jp', 'http://app')).toBe(document);
  });

  it('makes file names from titles', () => {
    expect(exportFileStem('Citrix Virtual Apps & Desktops REST API')).toBe(
      'citrix-virtual-apps-desktops-rest-api',
    );
    expect(exportFileStem('***')).toBe('imported-api');
  });
});
