import { describe, expect, it } from 'vitest';

import type { FormSpec, ParamSpec } from '@/lib/invoke-form/types';

import { decodeShare, encodeShare, readFragment, type SharePayload } from './codec';
import { buildSharePayload, prefillFromHistory, prefillFromShare } from './prefill';

const param = (key: string, extra: Partial<ParamSpec> = {}): ParamSpec => {
  const [location, name] = key.split(':') as ['path' | 'query' | 'header', string];
  return {
    key,
    name,
    in: location,
    required: false,
    kind: 'string',
    deprecated: false,
    forwarded: true,
    ...extra,
  };
};

const spec: FormSpec = {
  serviceId: 'notifications',
  operationId: 'Notifications_CreateItems',
  method: 'POST',
  path: '/',
  params: [
    param('header:Authorization', { role: 'authorization' }),
    param('header:Citrix-CustomerId', { role: 'customer-id' }),
    param('header:Accept', { role: 'accept' }),
    param('query:Limit'),
  ],
  body: {
    contentType: 'application/json',
    required: true,
    requiredFields: [],
    expectsObject: true,
    example: '{}',
  },
};

const values = {
  params: {
    'header:Authorization': 'CwsAuth Bearer=eyJabc.eyJdef.sig',
    'header:Citrix-CustomerId': 'sandboxdemo01',
    'header:Accept': 'application/json',
    'query:Limit': '3',
  },
  body: JSON.stringify({ severity: 'Information', content: [{ title: 'Disk alert '.repeat(20) }] }),
  authorization: 'CwsAuth Bearer=eyJabc.eyJdef.sig',
};

describe('share links', () => {
  it('carry the non-secret inputs, not the customer ID unless asked, and round-trip compactly', async () => {
    const { payload } = buildSharePayload(spec, values, { includeCustomer: false, server: 'regional' });
    expect(payload.p).toEqual({ 'header:Accept': 'application/json', 'query:Limit': '3' });
    const encoded = await encodeShare(payload);
    expect(encoded).toMatch(/^z\.[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBeLessThan(JSON.stringify(payload).length);
    expect(await decodeShare(encoded)).toEqual(payload);
    expect(encoded).not.toContain('eyJ');
    const withCustomer = buildSharePayload(spec, values, { includeCustomer: true, server: 'global' }).payload;
    expect(withCustomer.p['header:Citrix-CustomerId']).toBe('sandboxdemo01');
    expect(withCustomer.g).toBe(1);
  });

  it('uses plain JSON when deflating does not pay off', async () => {
    const tiny: SharePayload = { v: 1, s: 'a', o: 'b', p: {} };
    const encoded = await encodeShare(tiny);
    expect(encoded.startsWith('j.')).toBe(true);
    expect(await decodeShare(encoded)).toEqual(tiny);
  });

  it('refuses malformed, oversized or unexpected payloads', async () => {
    expect(await decodeShare('x.abc')).toBeUndefined();
    expect(await decodeShare('z.!!!')).toBeUndefined();
    expect(await decodeShare('j.' + 'A'.repeat(70_000))).toBeUndefined();
    const extraKey = btoa(JSON.stringify({ v: 1, s: 'a', o: 'b', p: {}, token: 'x' })).replace(/=+$/, '');
    expect(await decodeShare(`j.${extraKey}`)).toBeUndefined();
    // A deflate bomb stops at the cap.
    const bomb: SharePayload = { v: 1, s: 'a', o: 'b', p: {}, b: 'a'.repeat(200_000) };
    const encoded = await encodeShare(bomb);
    expect(encoded.length).toBeLessThan(2000);
    expect((await decodeShare(encoded))?.b?.length).toBe(200_000);
  });

  it('applies only to its own operation, never sets Authorization, and re-sanitises on the way in', async () => {
    const handmade: SharePayload = {
      v: 1,
      s: spec.serviceId,
      o: spec.operationId,
      p: { 'header:Authorization': 'CwsAuth Bearer=stolen', 'query:Limit': '5', 'query:unknown': 'x' },
      b: '{"client_secret":"s","a":1}',
    };
    const prefill = prefillFromShare(spec, handmade)!;
    expect(prefill.params).toEqual({ 'query:Limit': '5' });
    expect(JSON.parse(prefill.body!)).toEqual({ a: 1 });
    expect(prefillFromShare({ ...spec, operationId: 'Other' }, handmade)).toBeUndefined();
  });

  it('reads the fragment kinds', () => {
    expect(readFragment('#share=z.abc')).toEqual({ kind: 'share', value: 'z.abc' });
    expect(readFragment('#history=e1')).toEqual({ kind: 'history', value: 'e1' });
    expect(readFragment('#parameters')).toBeUndefined();
  });
});

describe('history re-open', () => {
  it('restores inputs but lets the customer headers follow the current profile', () => {
    const prefill = prefillFromHistory(spec, {
      id: 'e1',
      at: 0,
      profileId: 'default',
      profileName: 'Demo',
      serviceId: spec.serviceId,
      operationId: spec.operationId,
      method: 'POST',
      path: '/',
      region: 'sandbox',
      server: 'global',
      inputs: {
        params: { 'header:Citrix-CustomerId': 'old', 'query:Limit': '7' },
        body: '{"a":1}',
        omitted: [],
      },
    })!;
    expect(prefill).toEqual({
      params: { 'query:Limit': '7' },
      body: '{"a":1}',
      server: 'global',
      source: 'history',
    });
  });
});

describe('share link decoding limits', () => {
  it('stops inflating a deflate bomb at the cap', async () => {
    const bytes = new TextEncoder().encode(
      JSON.stringify({ v: 1, s: 'a', o: 'b', p: {}, b: 'a'.repeat(2_000_000) }),
    );
    const reader = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const deflated = new Uint8Array(await new Response(reader).arrayBuffer());
    let binary = '';
    for (const byte of deflated) binary += String.fromCharCode(byte);
    const value = `z.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    expect(value.length).toBeLessThan(10_000);
    expect(await decodeShare(value)).toBeUndefined();
  });
});
