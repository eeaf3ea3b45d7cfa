import { describe, expect, it } from 'vitest';

import { decodeShare, encodeShare, MAX_SHARE_FRAGMENT_CHARS, type SharePayload } from './codec';

/** Boundaries of the share codec that a mutation pass showed no test pinned down (issue 14 finding 3). */
const plain = (value: unknown) => `j.${Buffer.from(JSON.stringify(value)).toString('base64url')}`;

describe('share codec boundaries', () => {
  it('round-trips payloads whose base64 needs 0, 1 or 2 padding characters', async () => {
    for (const s of ['a', 'ab', 'abc', 'abcd']) {
      const payload: SharePayload = { v: 1, s, o: 'b', p: {} };
      expect(await decodeShare(plain(payload))).toEqual(payload);
      expect(await decodeShare(await encodeShare(payload))).toEqual(payload);
    }
  });

  it('keeps every field of a full payload', async () => {
    const payload: SharePayload = {
      v: 1,
      s: 'systemlog',
      o: 'GetRecords',
      p: { 'query:Limit': '5', 'header:Accept': 'application/json' },
      b: '{"a":1}',
      g: 1,
    };
    expect(await decodeShare(await encodeShare(payload))).toEqual(payload);
  });

  it('accepts a fragment at the length limit and refuses one character more', async () => {
    const base = { v: 1, s: 'a', o: 'b', p: {} };
    const overhead = plain({ ...base, b: '' }).length;
    // Grow the body until the fragment is exactly at the limit (base64 grows in steps of 4 per 3 bytes).
    let body = 'x'.repeat(Math.floor(((MAX_SHARE_FRAGMENT_CHARS - overhead) * 3) / 4));
    while (plain({ ...base, b: body }).length > MAX_SHARE_FRAGMENT_CHARS) body = body.slice(0, -1);
    const atLimit = plain({ ...base, b: body });
    expect(atLimit.length).toBeLessThanOrEqual(MAX_SHARE_FRAGMENT_CHARS);
    expect(await decodeShare(atLimit)).toEqual({ ...base, b: body });
    const over = plain({ ...base, b: `${body}xxxx` });
    expect(over.length).toBeGreaterThan(MAX_SHARE_FRAGMENT_CHARS);
    expect(await decodeShare(over)).toBeUndefined();
  });

  it.each([
    ['another version', { v: 2, s: 'a', o: 'b', p: {} }],
    ['a non-string parameter', { v: 1, s: 'a', o: 'b', p: { x: 1 } }],
    [
      'too many parameters',
      { v: 1, s: 'a', o: 'b', p: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, 'v'])) },
    ],
    ['a service id over 64 characters', { v: 1, s: 'a'.repeat(65), o: 'b', p: {} }],
    ['g other than 1', { v: 1, s: 'a', o: 'b', p: {}, g: 2 }],
    ['no parameters object', { v: 1, s: 'a', o: 'b' }],
  ])('refuses %s', async (_label, value) => {
    expect(await decodeShare(plain(value))).toBeUndefined();
  });

  it('accepts exactly 100 parameters', async () => {
    const p = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, 'v']));
    expect((await decodeShare(plain({ v: 1, s: 'a', o: 'b', p })))?.p).toEqual(p);
  });

  it.each([
    '',
    'j.',
    'z.',
    'j',
    'J.e30',
    ' j.e30',
    'j.e30 ',
    'j.e3=0',
    `j.${Buffer.from('not json').toString('base64url')}`,
  ])('refuses the malformed value %j', async (value) => {
    expect(await decodeShare(value)).toBeUndefined();
  });

  it('refuses a deflated payload that decodes to more than 256 KiB', async () => {
    const huge: SharePayload = { v: 1, s: 'a', o: 'b', p: {}, b: 'a'.repeat(300_000) };
    let encoded: string | undefined;
    try {
      encoded = await encodeShare(huge);
    } catch {
      // encodeShare itself may refuse it (the schema caps b): nothing to decode then.
      return;
    }
    expect(encoded.startsWith('z.')).toBe(true);
    expect(await decodeShare(encoded)).toBeUndefined();
  });

  it('refuses to encode a payload outside the schema', async () => {
    await expect(
      encodeShare({ v: 1, s: 'a', o: 'b', p: {}, token: 'x' } as unknown as SharePayload),
    ).rejects.toThrow();
  });
});
