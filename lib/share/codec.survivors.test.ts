import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  decodeShare,
  encodeShare,
  readFragment,
  SHARE_FRAGMENT_KEY,
  sharePayloadSchema,
  type SharePayload,
} from './codec';

/** Share codec behaviour that surviving mutants showed no test pinned down. */
const plain = (value: unknown) => `j.${Buffer.from(JSON.stringify(value)).toString('base64url')}`;
const MAX_DECODED_BYTES = 256 * 1024;

/** A payload whose JSON is exactly `bytes` long. */
function payloadOfBytes(bytes: number): SharePayload {
  const base = { v: 1 as const, s: 'a', o: 'b', p: {}, b: '' };
  return { ...base, b: 'x'.repeat(bytes - JSON.stringify(base).length) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('share codec survivors', () => {
  it('builds links whose fragment key readFragment recognises as a share', () => {
    expect(readFragment(`#${SHARE_FRAGMENT_KEY}=j.e30`)).toEqual({ kind: 'share', value: 'j.e30' });
  });

  it('names the reason when a payload has too many parameters', () => {
    const p = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, 'v']));
    const result = sharePayloadSchema.safeParse({ v: 1, s: 'a', o: 'b', p });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Too many parameters']);
  });

  it('refuses a valid fragment followed by whitespace or other trailing junk', async () => {
    const payload: SharePayload = { v: 1, s: 'a', o: 'b', p: { 'query:Limit': '5' } };
    const value = plain(payload);
    expect(await decodeShare(value)).toEqual(payload);
    for (const junk of [' ', '\n', '\t', ' x', '\nAAAA'])
      expect(await decodeShare(`${value}${junk}`)).toBeUndefined();
  });

  it('decodes a deflated payload of exactly 256 KiB and refuses one byte more', async () => {
    const atLimit = payloadOfBytes(MAX_DECODED_BYTES);
    expect(new TextEncoder().encode(JSON.stringify(atLimit)).byteLength).toBe(MAX_DECODED_BYTES);
    const encoded = await encodeShare(atLimit);
    expect(encoded.startsWith('z.')).toBe(true);
    expect(await decodeShare(encoded)).toEqual(atLimit);
    expect(await decodeShare(await encodeShare(payloadOfBytes(MAX_DECODED_BYTES + 1)))).toBeUndefined();
  });

  it('stops inflating a deflate bomb soon after the cap instead of inflating all of it', async () => {
    // Deflated by hand: the schema would refuse to encode a body this large.
    const huge = new TextEncoder().encode(
      JSON.stringify({ v: 1, s: 'a', o: 'b', p: {}, b: 'a'.repeat(8_000_000) }),
    );
    const deflated = new Uint8Array(
      await new Response(
        new Blob([huge]).stream().pipeThrough(new CompressionStream('deflate-raw')),
      ).arrayBuffer(),
    );
    const value = `z.${Buffer.from(deflated).toString('base64url')}`;

    let inflated = 0;
    const Real = DecompressionStream;
    class Counting extends Real {
      override get readable(): ReadableStream<Uint8Array<ArrayBuffer>> {
        return super.readable.pipeThrough(
          new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
            transform(chunk, controller) {
              inflated += chunk.byteLength;
              controller.enqueue(chunk);
            },
          }),
        );
      }
    }
    vi.stubGlobal('DecompressionStream', Counting);
    expect(await decodeShare(value)).toBeUndefined();
    expect(inflated).toBeGreaterThan(MAX_DECODED_BYTES);
    expect(inflated).toBeLessThan(2_000_000);
  });

  it('falls back to plain JSON when deflating is not available', async () => {
    vi.stubGlobal(
      'CompressionStream',
      class {
        constructor() {
          throw new TypeError('CompressionStream is not supported');
        }
      },
    );
    const payload: SharePayload = { v: 1, s: 'a', o: 'b', p: { 'query:Limit': '5' } };
    const encoded = await encodeShare(payload);
    expect(encoded).toBe(plain(payload));
    vi.unstubAllGlobals();
    expect(await decodeShare(encoded)).toEqual(payload);
  });
});
