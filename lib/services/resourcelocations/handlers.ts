import { z } from 'zod';

import type { SandboxContext, ServiceHandlers } from '@/lib/sandbox/handler';
import { citrixError, jsonResponse } from '@/lib/sandbox/http';
import { parseBody } from '@/lib/sandbox/validation';

import { customerData, logChange } from '../sandbox-state';

const MAX_LOCATIONS = 100;

const locationSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[^/\\#?%|[\]{}<>$^&+]+$/),
  internalOnly: z.boolean().default(false),
  timeZone: z.string().min(1).max(64).default('UTC'),
});

/** ResourceLocationUpdateModel: every field optional; what is sent changes, the rest stays. */
const updateSchema = z.object({
  name: locationSchema.shape.name.optional(),
  internalOnly: z.boolean().optional(),
  timeZone: z.string().min(1).max(64).optional(),
  readOnly: z.boolean().optional(),
});

function notFound(id: string): Response {
  return citrixError(404, 'common/notFound', 'Resource location not found', {
    entityType: 'ResourceLocation',
    id,
  });
}

function find({ customerId, params }: SandboxContext) {
  const data = customerData(customerId);
  const id = params.id ?? '';
  const index = data.resourceLocations.findIndex(
    (location) => location.id.toLowerCase() === id.toLowerCase(),
  );
  return { data, id, index, location: data.resourceLocations[index] };
}

function create({ body, customerId, claims }: SandboxContext): Response {
  const parsed = parseBody(locationSchema, body);
  if (!parsed.ok) return parsed.response;
  const data = customerData(customerId);
  if (data.resourceLocations.length >= MAX_LOCATIONS)
    return citrixError(400, 'common/outOfRange', 'Too many resource locations', { name: 'items' });
  const location = { id: crypto.randomUUID(), ...parsed.value, readOnly: false };
  data.resourceLocations.push(location);
  logChange(data, claims.clientId, {
    eventType: 'resourcelocation/create',
    agentId: 'registry',
    targetType: 'ResourceLocation',
    targetId: location.id,
    targetDisplayName: location.name,
    after: { Name: location.name, TimeZone: location.timeZone },
    message: `Resource location ${location.name} was created.`,
  });
  return jsonResponse(200, location);
}

function update(context: SandboxContext): Response {
  const { data, id, location } = find(context);
  if (!location) return notFound(id);
  if (location.readOnly)
    return citrixError(403, 'common/authorization', 'Access denied', {
      entityType: 'ResourceLocation',
      id: location.id,
    });
  const parsed = parseBody(updateSchema, context.body ?? {});
  if (!parsed.ok) return parsed.response;
  // Whether Citrix manages the location is not the caller's to change: `readOnly` is read and dropped.
  const changes = {
    name: parsed.value.name,
    internalOnly: parsed.value.internalOnly,
    timeZone: parsed.value.timeZone,
  };
  const before = { Name: location.name, TimeZone: location.timeZone, InternalOnly: location.internalOnly };
  for (const [key, value] of Object.entries(changes))
    if (value !== undefined) Object.assign(location, { [key]: value });
  logChange(data, context.claims.clientId, {
    eventType: 'resourcelocation/update',
    agentId: 'registry',
    targetType: 'ResourceLocation',
    targetId: location.id,
    targetDisplayName: location.name,
    before,
    after: { Name: location.name, TimeZone: location.timeZone, InternalOnly: location.internalOnly },
    message: `Resource location ${location.name} was updated.`,
  });
  return jsonResponse(200, location);
}

function remove(context: SandboxContext): Response {
  const { data, id, index, location } = find(context);
  if (!location) return notFound(id);
  if (location.readOnly)
    return citrixError(403, 'common/authorization', 'Access denied', {
      entityType: 'ResourceLocation',
      id: location.id,
    });
  data.resourceLocations.splice(index, 1);
  logChange(data, context.claims.clientId, {
    eventType: 'resourcelocation/delete',
    agentId: 'registry',
    targetType: 'ResourceLocation',
    targetId: location.id,
    targetDisplayName: location.name,
    before: { Name: location.name },
    message: `Resource location ${location.name} was deleted.`,
  });
  return new Response(null, { status: 204 });
}

export const resourceLocationsHandlers: ServiceHandlers = {
  customer: 'header',
  operations: {
    Locations_GetAll: ({ customerId }) =>
      jsonResponse(200, { items: customerData(customerId).resourceLocations }),
    Locations_Create: create,
    Locations_Get: (context) => {
      const { id, location } = find(context);
      return location ? jsonResponse(200, location) : notFound(id);
    },
    Locations_Update: update,
    Locations_Delete: remove,
  },
};
