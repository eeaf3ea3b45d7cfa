import { z } from 'zod';

import type { SandboxContext, SandboxHandler } from '@/lib/sandbox/handler';
import { validationMessage } from '@/lib/sandbox/validation';

import { logChange, type CustomerData } from '../../sandbox-state';
import type { Ref } from '../types';
import { errorData, findByNameOrId, isAsync, notFound, startJob, withSite } from './common';

/**
 * What the DaaS item calls share: Citrix's name rule, an edit body parsed into the product's words,
 * a change applied now (204) or as a job (`async=true`, 202), and the SystemLog record it leaves.
 */

export const NAME = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[^\\/;:#.*?=<>|[\]()"']+$/, 'Name contains characters that are not allowed');

export type Edit = Record<string, unknown>;

/** Parses an edit body; the Citrix-shaped 400 naming the first bad field when it does not fit. */
export function parseEdit<T extends z.ZodType<Edit>>(
  schema: T,
  body: unknown,
): { ok: true; edit: z.infer<T> } | { ok: false; response: Response } {
  const parsed = schema.safeParse(body ?? {}, { reportInput: true });
  return parsed.success
    ? { ok: true, edit: parsed.data }
    : { ok: false, response: errorData(400, validationMessage(parsed.error), 'InvalidParameter') };
}

/** Applies `change` now, or as a job with `async=true`; 204 or 202. */
export function done(
  context: SandboxContext,
  data: CustomerData,
  jobType: string,
  target: string,
  change: () => void,
) {
  if (isAsync(context.url)) return startJob(context, data, jobType, { Name: target }, () => null, change);
  change();
  return new Response(null, { status: 204 });
}

/** A SystemLog record of a change made through the DaaS sandbox (agent `xendesktop`, as Studio's). */
export function logDaasChange(
  context: SandboxContext,
  data: CustomerData,
  change: { eventType: string; targetType: string; target: Ref; message: string; after?: Edit },
): void {
  logChange(data, context.claims.clientId, {
    eventType: change.eventType,
    agentId: 'xendesktop',
    targetType: change.targetType,
    targetId: change.target.Id,
    targetDisplayName: change.target.Name,
    ...(change.after ? { after: change.after } : {}),
    message: change.message,
  });
}

/** Copies the edit's kept fields onto the record (a rename also renames its FullName). */
function applyEdit(record: Record<string, unknown>, edit: Edit, kept: readonly string[]): void {
  for (const key of kept) if (edit[key] !== undefined) record[key] = edit[key];
  if (typeof edit.Name === 'string' && 'FullName' in record) record.FullName = edit.Name;
}

function nameInUse(items: readonly Ref[], name: unknown, id: string): boolean {
  return (
    typeof name === 'string' &&
    items.some((item) => item.Id !== id && item.Name.toLowerCase() === name.trim().toLowerCase())
  );
}

export interface EditSpec<T extends Ref> {
  /** As a person says it: `Zone`, `Delivery group`. */
  kind: string;
  /** As SystemLog and the 409's code say it: `Zone`, `DeliveryGroup`. */
  targetType: string;
  items: (data: CustomerData) => T[];
  schema: z.ZodType<Edit>;
  /** The fields the sandbox keeps; the model's others are accepted and written to the SystemLog. */
  kept: readonly string[];
  jobType: string;
  eventType: string;
  /** What else a change touches (machines show their group's and catalog's names). */
  afterChange?: (data: CustomerData, item: T) => void;
  /** The answer when it is not 204 (Citrix answers a catalog's edit with the catalog). */
  answer?: (data: CustomerData, item: T) => Response;
}

/** PATCH of one item by name or id: 404, 400 naming the field, 409 on a taken name, then the change. */
export function editItem<T extends Ref>(spec: EditSpec<T>): SandboxHandler {
  return withSite((context, data) => {
    const wanted = context.params.nameOrId ?? '';
    const item = findByNameOrId(spec.items(data), wanted);
    if (!item) return notFound(spec.kind, wanted);
    const parsed = parseEdit(spec.schema, context.body);
    if (!parsed.ok) return parsed.response;
    if (nameInUse(spec.items(data), parsed.edit.Name, item.Id)) {
      const article = /^[aeiou]/i.test(spec.kind) ? 'An' : 'A';
      return errorData(
        409,
        `${article} ${spec.kind.toLowerCase()} named ${String(parsed.edit.Name)} already exists.`,
        `${spec.targetType}NameInUse`,
      );
    }
    const change = () => {
      const before = item.Name;
      applyEdit(item as unknown as Edit, parsed.edit, spec.kept);
      spec.afterChange?.(data, item);
      logDaasChange(context, data, {
        eventType: spec.eventType,
        targetType: spec.targetType,
        target: item,
        after: parsed.edit,
        message: `${spec.kind} ${before} was changed.`,
      });
    };
    if (!spec.answer || isAsync(context.url)) return done(context, data, spec.jobType, item.Name, change);
    change();
    return spec.answer(data, item);
  });
}
