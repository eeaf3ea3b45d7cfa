import { z } from 'zod';

/**
 * HAR 1.2 (W3C Web Performance WG draft, http://www.softwareishard.com/blog/har-12-spec/): the
 * shape a bundle's HAR must have for browsers' and Citrix support's tools to open it. Required
 * fields are required here; custom fields (`_name`) are allowed, as the format allows them.
 */
const comment = z.string().optional();
const nameValue = z.object({ name: z.string(), value: z.string(), comment });
const cookie = z.object({
  name: z.string(),
  value: z.string(),
  path: z.string().optional(),
  domain: z.string().optional(),
  expires: z.string().optional(),
  httpOnly: z.boolean().optional(),
  secure: z.boolean().optional(),
  comment,
});
/** -1 where the format allows "not known / not applicable". */
const size = z.number().int().min(-1);
const timing = z.number().min(-1);

export const harPostDataSchema = z
  .object({
    mimeType: z.string(),
    params: z
      .array(
        z.object({
          name: z.string(),
          value: z.string().optional(),
          fileName: z.string().optional(),
          contentType: z.string().optional(),
          comment,
        }),
      )
      .optional(),
    text: z.string().optional(),
    comment,
  })
  .refine((data) => data.text !== undefined || data.params !== undefined, 'postData needs text or params');

export const harRequestSchema = z.object({
  method: z.string().min(1),
  url: z.url(),
  httpVersion: z.string(),
  cookies: z.array(cookie),
  headers: z.array(nameValue),
  queryString: z.array(nameValue),
  postData: harPostDataSchema.optional(),
  headersSize: size,
  bodySize: size,
  comment,
});

export const harResponseSchema = z.object({
  /** 0 when no answer came (the format's convention for a failed request). */
  status: z.number().int().min(0).max(999),
  statusText: z.string(),
  httpVersion: z.string(),
  cookies: z.array(cookie),
  headers: z.array(nameValue),
  content: z.object({
    size: z.number().int().min(-1),
    compression: z.number().int().optional(),
    mimeType: z.string(),
    text: z.string().optional(),
    encoding: z.string().optional(),
    comment,
  }),
  redirectURL: z.string(),
  headersSize: size,
  bodySize: size,
  comment,
});

export const harEntrySchema = z.object({
  pageref: z.string().optional(),
  startedDateTime: z.iso.datetime({ offset: true }),
  time: z.number().min(0),
  request: harRequestSchema,
  response: harResponseSchema,
  cache: z.object({ comment }),
  timings: z.object({
    blocked: timing.optional(),
    dns: timing.optional(),
    connect: timing.optional(),
    send: z.number().min(0),
    wait: z.number().min(0),
    receive: z.number().min(0),
    ssl: timing.optional(),
    comment,
  }),
  serverIPAddress: z.string().optional(),
  connection: z.string().optional(),
  comment,
});

export const harSchema = z.object({
  log: z.object({
    version: z.literal('1.2'),
    creator: z.object({ name: z.string().min(1), version: z.string().min(1), comment }),
    browser: z.object({ name: z.string(), version: z.string(), comment }).optional(),
    pages: z.array(z.unknown()).optional(),
    entries: z.array(harEntrySchema),
    comment,
  }),
});

export type Har = z.infer<typeof harSchema>;
export type HarEntry = z.infer<typeof harEntrySchema>;
