import { z } from 'zod';

/**
 * Share links: `/apis/<service>/<operation>#share=<payload>`. The payload lives in the URL
 * fragment, which browsers never send to a server — it does not reach our access logs, a proxy's
 * logs, or a Referer (and our Referrer-Policy is no-referrer anyway). It is JSON, deflated when
 * that is shorter, in base64url: `z.<deflate-raw>` or `j.<plain JSON>`.
 */
// Re-exported for callers that decode as well; pages read the fragment from ./fragment (no zod).
export { readFragment, SHARE_FRAGMENT_KEY } from './fragment';
/** Longer fragments are refused before decoding; decoded JSON is capped as well. */
export const MAX_SHARE_FRAGMENT_CHARS = 64 * 1024;
const MAX_DECODED_BYTES = 256 * 1024;

export const sharePayloadSchema = z
  .object({
    v: z.literal(1),
    /** Service and operation, so a link opened on another page is not applied there. */
    s: z.string().max(64),
    o: z.string().max(256),
    /** Form values by parameter key (`query:Limit`); never Authorization. */
    p: z
      .record(z.string().max(300), z.string().max(8192))
      .refine((params) => Object.keys(params).length <= 100, 'Too many parameters'),
    b: z.string().max(MAX_DECODED_BYTES).optional(),
    /** 1 when the global server (api.cloud.com) was picked. */
    g: z.literal(1).optional(),
  })
  .strict();
export type SharePayload = z.infer<typeof sharePayloadSchema>;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function transform(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new Error('Share link payload is too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The fragment value for a payload: deflated when that is shorter. */
export async function encodeShare(payload: SharePayload): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(sharePayloadSchema.parse(payload)));
  const plain = `j.${toBase64Url(json)}`;
  try {
    const deflated = `z.${toBase64Url(await transform(json, new CompressionStream('deflate-raw')))}`;
    return deflated.length < plain.length ? deflated : plain;
  } catch {
    return plain;
  }
}

/** The payload of a fragment value, or undefined for anything malformed, oversized or unknown. */
export async function decodeShare(value: string): Promise<SharePayload | undefined> {
  if (value.length > MAX_SHARE_FRAGMENT_CHARS || !/^[jz]\.[A-Za-z0-9_-]*$/.test(value)) return undefined;
  try {
    const bytes = fromBase64Url(value.slice(2));
    const json = value.startsWith('z.')
      ? await transform(bytes, new DecompressionStream('deflate-raw'), MAX_DECODED_BYTES)
      : bytes;
    if (json.byteLength > MAX_DECODED_BYTES) return undefined;
    const parsed = sharePayloadSchema.safeParse(JSON.parse(new TextDecoder().decode(json)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
