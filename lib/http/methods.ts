/**
 * The HTTP methods, in one place. The explorer invokes only `HTTP_METHODS`; an OpenAPI path item
 * may declare any of `OPENAPI_METHODS` (its keys are lower case), and readers of a document skip
 * the ones the explorer cannot send.
 */

/** What the explorer invokes, in the order it lists them. */
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Every operation key of an OpenAPI 3 path item, the invocable ones first. */
export const OPENAPI_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace'] as const;
export type OpenApiMethod = (typeof OPENAPI_METHODS)[number];

export function isHttpMethod(value: unknown): value is HttpMethod {
  return (HTTP_METHODS as readonly unknown[]).includes(value);
}
