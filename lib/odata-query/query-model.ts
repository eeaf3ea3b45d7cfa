import { z } from 'zod';

import { OPERATORS } from './operators';

/**
 * What a person has put together on the page. Values stay as typed (strings), so a value that is
 * not valid yet can be shown with its message; buildODataQuery decides what they mean.
 */
export const queryModelSchema = z.object({
  entitySet: z.string().max(64),
  /** Fields for `$select`; none selects every field. */
  select: z.array(z.string().max(64)).max(40).default([]),
  filters: z
    .array(
      z.object({
        field: z.string().max(64),
        operator: z.enum(OPERATORS),
        value: z.string().max(500),
      }),
    )
    .max(20)
    .default([]),
  /**
   * A `$filter` expression as typed, added to the built filters with `and`: for what the rows do
   * not offer. Sent as it is; the service explains what it cannot read.
   */
  rawFilter: z.string().max(2000).default(''),
  expand: z.array(z.string().max(64)).max(5).default([]),
  orderBy: z
    .object({ field: z.string().max(64), direction: z.enum(['asc', 'desc']) })
    .nullable()
    .default(null),
  /** `$top` as typed; empty leaves it out. */
  top: z.string().max(12).default(''),
  count: z.boolean().default(true),
  /** Counts of the rows by a field: over time for a date (per hour or day), else per value. */
  groupBy: z
    .object({ field: z.string().max(130), bucket: z.enum(['hour', 'day']).default('day') })
    .nullable()
    .default(null),
});

export type QueryModel = z.infer<typeof queryModelSchema>;
export type QueryModelInput = z.input<typeof queryModelSchema>;
export type FilterRow = QueryModel['filters'][number];

/** The most `$top` may ask: Citrix pages hold 1000 entities at most. */
export const MAX_TOP = 1000;
