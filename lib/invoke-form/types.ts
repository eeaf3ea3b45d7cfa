import type { HttpMethod } from '@/lib/http/methods';

import type { ExtraParam } from './extra-params';

export type ParamLocation = 'path' | 'query' | 'header';
export type ParamKind = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

/**
 * Headers the form fills in itself: Authorization from the session, Citrix-CustomerId from the
 * session, Citrix-InstanceId from the sites of `GET /cvad/manage/me`, Accept as application/json.
 */
export type ParamRole = 'authorization' | 'customer-id' | 'instance-id' | 'accept';

/** One path, query or header parameter, reduced to what a form field needs. Serialisable. */
export interface ParamSpec {
  /** `in:name`, unique within an operation (a query and a header may share a name). */
  key: string;
  name: string;
  in: ParamLocation;
  required: boolean;
  kind: ParamKind;
  enum?: string[];
  default?: string;
  example?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  description?: string;
  deprecated: boolean;
  role?: ParamRole;
  /** False for a header the proxy's allowlist drops; the form says so instead of pretending. */
  forwarded: boolean;
}

export interface BodySpec {
  contentType: string;
  required: boolean;
  /** Top-level properties the schema requires, checked before sending. */
  requiredFields: string[];
  /** Whether the schema wants a JSON object at the top level. */
  expectsObject: boolean;
  /** The example, as the editor's initial text (pretty JSON for JSON bodies). */
  example: string;
}

/** What the request form is generated from: the operation, reduced and serialisable. */
export interface FormSpec {
  serviceId: string;
  operationId: string;
  method: HttpMethod;
  /** Relative to the service's basePath, with `{param}` placeholders. */
  path: string;
  params: ParamSpec[];
  body?: BodySpec;
}

/** What the user typed. `authorization` is undefined while the session's token is used. */
export interface FormValues {
  params: Record<string, string>;
  body: string;
  authorization?: string;
  /** Headers and query parameters the description does not declare (not kept in history or links). */
  extra?: ExtraParam[];
}

export type FieldErrors = Record<string, string>;
