import { describe, expect, it } from 'vitest';

import { HTTP_METHODS, isHttpMethod, OPENAPI_METHODS } from './methods';

describe('HTTP methods', () => {
  it('knows the five methods the explorer sends, exactly as written on the wire', () => {
    expect(HTTP_METHODS.filter(isHttpMethod)).toEqual(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
    for (const other of ['get', 'HEAD', 'OPTIONS', 'TRACE', '', undefined, 1]) {
      expect(isHttpMethod(other), String(other)).toBe(false);
    }
  });

  it('lists every OpenAPI path-item operation key once, each invocable method among them', () => {
    expect(new Set(OPENAPI_METHODS).size).toBe(8);
    expect(OPENAPI_METHODS.filter((key) => isHttpMethod(key.toUpperCase()))).toEqual(
      HTTP_METHODS.map((method) => method.toLowerCase()),
    );
    expect(OPENAPI_METHODS).toEqual(expect.arrayContaining(['head', 'options', 'trace']));
  });
});
