import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { ApiError } from './api-error';
import { assertSameOrigin, MAX_JSON_BODY_BYTES, parseJsonBody } from './request-guards';

const post = (headers: Record<string, string>, body = '{}') =>
  new Request('http://app.example/api/x', { method: 'POST', headers, body });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

function refusal(run: () => void): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('assertSameOrigin', () => {
  it.each(['same-origin', 'none'])('lets Sec-Fetch-Site: %s through', (site) => {
    expect(() => assertSameOrigin(post({ 'sec-fetch-site': site }))).not.toThrow();
  });

  it.each(['cross-site', 'same-site', 'SAME-ORIGIN', 'garbage'])(
    'refuses Sec-Fetch-Site: %s, even with a matching Origin',
    (site) => {
      const error = refusal(() =>
        assertSameOrigin(post({ 'sec-fetch-site': site, origin: 'http://app.example', host: 'app.example' })),
      );
      expect(error).toMatchObject({ status: 403, code: 'CROSS_SITE_REQUEST' });
      expect(error.message).toBe('Cross-site requests are not allowed.');
    },
  );

  it('without Sec-Fetch-Site, lets a matching Origin through', () => {
    expect(() =>
      assertSameOrigin(post({ origin: 'http://app.example:3000', host: 'app.example:3000' })),
    ).not.toThrow();
  });

  it.each([
    ['another host', { origin: 'http://evil.example', host: 'app.example' }],
    ['another port', { origin: 'http://app.example:4000', host: 'app.example:3000' }],
    ['a host prefix', { origin: 'http://app.example.evil', host: 'app.example' }],
    ['no Origin', { host: 'app.example' }],
    ['an Origin that is not a URL', { origin: 'null', host: 'app.example' }],
    ['an Origin without a Host', { origin: 'http://app.example' }],
  ])('without Sec-Fetch-Site, refuses %s', (_label, headers) => {
    const error = refusal(() => assertSameOrigin(post(headers)));
    expect(error).toMatchObject({ status: 403, code: 'CROSS_SITE_REQUEST' });
    expect(error.message).toBe('Cross-site requests are not allowed (no matching Origin).');
  });
});

describe('parseJsonBody', () => {
  const schema = z.strictObject({
    path: z.string().max(2048),
    accessType: z.enum(['Full', 'Custom']),
  });
  const json = { 'content-type': 'application/json; charset=utf-8' };

  it('returns the parsed value', async () => {
    await expect(
      parseJsonBody(post(json, JSON.stringify({ path: '/a', accessType: 'Full' })), schema),
    ).resolves.toEqual({ path: '/a', accessType: 'Full' });
  });

  it('refuses another media type with 415', async () => {
    expect(await failure(parseJsonBody(post({ 'content-type': 'text/plain' }), schema))).toMatchObject({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
    expect(await failure(parseJsonBody(post({}), schema))).toMatchObject({ status: 415 });
  });

  it('refuses a body over the limit with 413, by declared and by actual size', async () => {
    const declared = post({ ...json, 'content-length': String(MAX_JSON_BODY_BYTES + 1) });
    expect(await failure(parseJsonBody(declared, schema))).toMatchObject({
      status: 413,
      code: 'BODY_TOO_LARGE',
    });
    const actual = post(json, JSON.stringify({ path: 'x'.repeat(100) }));
    expect(await failure(parseJsonBody(actual, schema, 50))).toMatchObject({
      status: 413,
      code: 'BODY_TOO_LARGE',
      message: 'The request body is over 50 bytes.',
    });
    // Exactly at the limit is fine.
    const exact = JSON.stringify({ path: '/a', accessType: 'Full' });
    await expect(parseJsonBody(post(json, exact), schema, Buffer.byteLength(exact))).resolves.toBeTruthy();
  });

  it('refuses text that is not JSON with 400 INVALID_JSON', async () => {
    expect(await failure(parseJsonBody(post(json, '{oops'), schema))).toMatchObject({
      status: 400,
      code: 'INVALID_JSON',
      message: 'The request body is not valid JSON.',
    });
  });

  it('explains a bad field in the product’s words, never zod’s', async () => {
    const tooLong = await failure(
      parseJsonBody(post(json, JSON.stringify({ path: 'a'.repeat(20_000), accessType: 'Full' })), schema),
    );
    expect(tooLong).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' });
    expect(tooLong.message).toBe('The path is too long (20000 characters; at most 2048).');
    const badEnum = await failure(
      parseJsonBody(post(json, JSON.stringify({ path: '/a', accessType: 'Root' })), schema),
    );
    expect(badEnum.message).toBe('accessType must be one of Full, Custom.');
    expect(badEnum.extra.issues).toEqual([
      { path: 'accessType', message: 'accessType must be one of Full, Custom.' },
    ]);
    const extra = await failure(
      parseJsonBody(post(json, JSON.stringify({ path: '/a', accessType: 'Full', host: 'x' })), schema),
    );
    expect(extra.message).toBe('The request body has a field this request does not take: host.');
    const notObject = await failure(parseJsonBody(post(json, '[]'), schema));
    expect(notObject.message).toBe('The request body must be an object.');
    for (const error of [tooLong, badEnum, extra, notObject])
      expect(JSON.stringify({ message: error.message, extra: error.extra })).not.toMatch(
        /Too big|Invalid option|Unrecognized key|Invalid input|expected/,
      );
  });
});

describe('parseJsonBody edges (mutation survivors)', () => {
  const schema = z.strictObject({ path: z.string() });
  const body = JSON.stringify({ path: '/a' });

  it('accepts a media type with whitespace before its parameters', async () => {
    const request = post({ 'content-type': 'Application/JSON ; charset=utf-8' }, body);
    await expect(parseJsonBody(request, schema)).resolves.toEqual({ path: '/a' });
  });

  it('tells the caller which media type to send', async () => {
    const error = await failure(parseJsonBody(post({ 'content-type': 'text/plain' }, body), schema));
    expect(error.message).toBe('Send the request body as application/json.');
  });

  it('accepts a declared Content-Length exactly at the limit and refuses one byte more', async () => {
    const size = Buffer.byteLength(body);
    const exact = post({ 'content-type': 'application/json', 'content-length': String(size) }, body);
    await expect(parseJsonBody(exact, schema, size)).resolves.toEqual({ path: '/a' });
    const over = post({ 'content-type': 'application/json', 'content-length': String(size + 1) }, body);
    expect(await failure(parseJsonBody(over, schema, size))).toMatchObject({
      status: 413,
      code: 'BODY_TOO_LARGE',
      message: `The request body is over ${size} bytes.`,
    });
  });

  it('still answers 400 with a sentence when a failed validation reports no issue', async () => {
    const silent = Object.assign(z.string(), {
      safeParse: () => ({ success: false as const, error: new z.ZodError([]) }),
    }) as unknown as z.ZodString;
    const error = await failure(parseJsonBody(post({ 'content-type': 'application/json' }, '"x"'), silent));
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' });
    expect(error.message).toBe('The request body is not valid.');
    expect(error.extra.issues).toEqual([]);
  });
});
