/** The Postman collection v2.1 shapes the export produces. */

export const POSTMAN_SCHEMA_V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

export interface PostmanKeyValue {
  key: string;
  value: string;
  description?: string;
  disabled?: boolean;
  type?: string;
}

export interface PostmanUrl {
  raw: string;
  host: string[];
  path: string[];
  query?: PostmanKeyValue[];
  variable?: PostmanKeyValue[];
}

export interface PostmanBody {
  mode: 'raw' | 'urlencoded';
  raw?: string;
  urlencoded?: PostmanKeyValue[];
  options?: { raw: { language: 'json' | 'text' | 'xml' } };
}

export interface PostmanRequestItem {
  name: string;
  request: {
    method: string;
    header: PostmanKeyValue[];
    url: PostmanUrl;
    body?: PostmanBody;
    description?: string;
  };
  response: [];
}

export interface PostmanFolder {
  name: string;
  description?: string;
  item: PostmanRequestItem[];
}

export interface PostmanCollection {
  info: { name: string; description?: string; schema: typeof POSTMAN_SCHEMA_V21 };
  item: PostmanFolder[];
  event: { listen: 'prerequest'; script: { type: 'text/javascript'; exec: string[] } }[];
  variable: (PostmanKeyValue & { type: 'string' })[];
  auth: { type: 'noauth' };
}

/** Where the collection sends its calls, decided by the caller (region table or the document's servers). */
export interface PostmanExportTarget {
  /** Collection name, e.g. "SystemLog". */
  name: string;
  description?: string;
  /** Value of `{{baseUrl}}`: the region's host for the service, e.g. `https://api-us.cloud.com`. */
  baseUrl: string;
  /** Path between the host and the operation paths, e.g. `/systemlog` (may be empty). */
  basePath: string;
  /** Value of `{{tokenUrl}}`, may itself use `{{customerId}}`. */
  tokenUrl: string;
}
