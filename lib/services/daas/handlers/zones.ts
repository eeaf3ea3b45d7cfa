import { z } from 'zod';

import type { OperationHandlers } from '@/lib/sandbox/handler';
import { jsonResponse } from '@/lib/sandbox/http';
import { validationMessage } from '@/lib/sandbox/validation';

import { daasBase, errorData, findByNameOrId, isAsync, notFound, startJob, withSite } from './common';
import { done, editItem, logDaasChange, NAME } from './edit-kit';

/**
 * Zones beyond the list: create (201 and Location, for a resource location by id or name), read,
 * edit, delete — refusing the primary zone and a zone a catalog is in, saying what to do first.
 */

/** The fields of Citrix's edit model the sandbox keeps; any other declared field is accepted and logged. */
const editZoneSchema = z
  .object({ Name: NAME.optional(), Description: z.string().max(512).optional() })
  .loose();
const createZoneSchema = z.object({
  Name: NAME,
  Description: z.string().max(512).default(''),
  ResourceLocation: z.string().trim().min(1).max(128).optional(),
  Metadata: z
    .array(z.object({ Name: z.string().min(1).max(256), Value: z.string().max(1024) }))
    .max(50)
    .default([]),
});
const MAX_ZONES = 50;

export const daasZonesHandlers: OperationHandlers = {
  Zones_CreateZone: withSite((context, data) => {
    const parsed = createZoneSchema.safeParse(context.body ?? {}, { reportInput: true });
    if (!parsed.success) return errorData(400, validationMessage(parsed.error), 'InvalidParameter');
    const input = parsed.data;
    if (data.daas.zones.length >= MAX_ZONES)
      return errorData(400, 'Too many zones in the sandbox.', 'LimitExceeded');
    if (findByNameOrId(data.daas.zones, input.Name))
      return errorData(409, `A zone named ${input.Name} already exists.`, 'ZoneNameInUse');
    const location = input.ResourceLocation
      ? data.resourceLocations.find(
          (candidate) =>
            candidate.id.toLowerCase() === input.ResourceLocation!.toLowerCase() ||
            candidate.name.toLowerCase() === input.ResourceLocation!.toLowerCase(),
        )
      : undefined;
    if (input.ResourceLocation && !location) return notFound('Resource location', input.ResourceLocation);
    const zone = {
      Id: crypto.randomUUID(),
      Name: input.Name,
      Description: input.Description,
      IsPrimary: false,
      IsHealthy: true,
      LastStateChangeTimeInUtc: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      Metadata: input.Metadata,
      ResourceLocation: location
        ? { Id: location.id, Name: location.name }
        : { Id: crypto.randomUUID(), Name: input.Name },
    };
    const add = () => {
      data.daas.zones.push(zone);
      logDaasChange(context, data, {
        eventType: 'zone/create',
        targetType: 'Zone',
        target: zone,
        message: `Zone ${zone.Name} was created.`,
      });
    };
    if (isAsync(context.url))
      return startJob(context, data, 'CreateZone', { Name: zone.Name }, () => null, add);
    add();
    // Citrix: 201 without a body, the new zone's address in Location.
    return new Response(null, {
      status: 201,
      headers: { location: `${daasBase(context.url)}/Zones/${zone.Id}` },
    });
  }),
  Zones_GetZone: withSite(({ params }, data) => {
    const zone = findByNameOrId(data.daas.zones, params.nameOrId ?? '');
    return zone ? jsonResponse(200, zone) : notFound('Zone', params.nameOrId ?? '');
  }),
  Zones_EditZone: editItem({
    kind: 'Zone',
    targetType: 'Zone',
    items: (data) => data.daas.zones,
    schema: editZoneSchema,
    kept: ['Name', 'Description'],
    jobType: 'EditZone',
    eventType: 'zone/edit',
  }),
  Zones_DeleteZone: withSite((context, data) => {
    const zone = findByNameOrId(data.daas.zones, context.params.nameOrId ?? '');
    if (!zone) return notFound('Zone', context.params.nameOrId ?? '');
    if (zone.IsPrimary)
      return errorData(
        400,
        `${zone.Name} is the primary zone; make another zone primary first.`,
        'ZoneIsPrimary',
      );
    const catalog = data.daas.catalogs.find((candidate) => candidate.Zone.Id === zone.Id);
    if (catalog)
      return errorData(
        400,
        `Machine catalog ${catalog.Name} is in zone ${zone.Name}; move or delete it first.`,
        'ZoneInUse',
      );
    return done(context, data, 'RemoveZone', zone.Name, () => {
      data.daas.zones = data.daas.zones.filter((candidate) => candidate !== zone);
      logDaasChange(context, data, {
        eventType: 'zone/delete',
        targetType: 'Zone',
        target: zone,
        message: `Zone ${zone.Name} was deleted.`,
      });
    });
  }),
};
