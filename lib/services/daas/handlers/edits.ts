import { z } from 'zod';

import type { OperationHandlers, SandboxContext } from '@/lib/sandbox/handler';
import { jsonResponse } from '@/lib/sandbox/http';
import { validationMessage } from '@/lib/sandbox/validation';

import { logChange, type CustomerData } from '../../sandbox-state';
import { applicationDetailView } from '../application-detail';
import type { DeliveryGroupRecord } from '../types';
import { daasBase, errorData, findByNameOrId, isAsync, notFound, startJob, withSite } from './common';
import { findMachine } from './machines';
import { removeMachine } from './runbook-ops';
import { catalogView, sessionView } from './views';

/**
 * The item calls of the collections the sandbox keeps by hand (zones, applications, sessions,
 * delivery groups, machine catalogs): read, edit, delete (and create a zone), so a list and its
 * items never disagree.
 * Statuses follow Citrix's Orchestration document: edits and deletes answer 204 (202 with
 * `async=true`); a delete that would strand something answers ErrorData 400 and says what to do.
 */

const NAME = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[^\\/;:#.*?=<>|[\]()"']+$/, 'Name contains characters that are not allowed');

/** The fields of Citrix's edit models the sandbox keeps; any other declared field is accepted and logged. */
const editZoneSchema = z
  .object({ Name: NAME.optional(), Description: z.string().max(512).optional() })
  .loose();
const editApplicationSchema = z
  .object({
    Name: NAME.optional(),
    PublishedName: z.string().trim().min(1).max(64).optional(),
    BrowserName: z.string().trim().min(1).max(64).optional(),
    Description: z.string().max(512).optional(),
    Enabled: z.boolean().optional(),
    Visible: z.boolean().optional(),
  })
  .loose();
const editGroupSchema = z
  .object({
    Name: NAME.optional(),
    PublishedName: z.string().trim().min(1).max(64).optional(),
    Description: z.string().max(512).optional(),
    Enabled: z.boolean().optional(),
    InMaintenanceMode: z.boolean().optional(),
  })
  .loose();
const editCatalogSchema = z
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
const MAX_APPLICATIONS = 200;

/** Citrix's `AddApplicationsRequestModel`: new applications, and the delivery groups that publish them. */
const addApplicationsSchema = z.object({
  NewApplications: z
    .array(
      z.object({
        Name: NAME,
        PublishedName: z.string().trim().min(1).max(64).optional(),
        Description: z.string().max(512).default(''),
        Enabled: z.boolean().default(true),
        Visible: z.boolean().default(true),
        ApplicationFolder: z.string().trim().max(256).optional(),
        InstalledAppProperties: z
          .object({
            CommandLineExecutable: z.string().trim().min(1).max(512),
            CommandLineArguments: z.string().max(1024).nullable().optional(),
            WorkingDirectory: z.string().max(512).nullable().optional(),
          })
          .optional(),
      }),
    )
    .max(20)
    .default([]),
  DeliveryGroups: z
    .array(z.object({ Item: z.string().trim().min(1).max(128), Priority: z.number().int().optional() }))
    .max(20)
    .default([]),
  ExistingApplications: z.array(z.string()).max(0, 'The sandbox adds new applications only').optional(),
  ApplicationGroups: z.array(z.string()).max(0, 'The sandbox does not emulate application groups').optional(),
});

type Edit = Record<string, unknown>;

/** Parses an edit body; the Citrix-shaped 400 naming the first bad field when it does not fit. */
function parseEdit<T extends z.ZodType<Edit>>(
  schema: T,
  body: unknown,
): { ok: true; edit: z.infer<T> } | { ok: false; response: Response } {
  const parsed = schema.safeParse(body ?? {}, { reportInput: true });
  return parsed.success
    ? { ok: true, edit: parsed.data }
    : { ok: false, response: errorData(400, validationMessage(parsed.error), 'InvalidParameter') };
}

/** Applies `change` now, or as a job with `async=true`; 204 or 202. */
function done(
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

/** Copies the edit's kept fields onto the record (a rename also renames its FullName). */
function applyEdit(record: Record<string, unknown>, edit: Edit, kept: readonly string[]): void {
  for (const key of kept) if (edit[key] !== undefined) record[key] = edit[key];
  if (typeof edit.Name === 'string' && 'FullName' in record) record.FullName = edit.Name;
}

function nameInUse(items: readonly { Id: string; Name: string }[], name: unknown, id: string): boolean {
  return (
    typeof name === 'string' &&
    items.some((item) => item.Id !== id && item.Name.toLowerCase() === name.trim().toLowerCase())
  );
}

export const daasEditHandlers: OperationHandlers = {
  Applications_AddApplications: withSite((context, data) => {
    const parsed = addApplicationsSchema.safeParse(context.body ?? {}, { reportInput: true });
    if (!parsed.success) return errorData(400, validationMessage(parsed.error), 'InvalidParameter');
    const { NewApplications: requested, DeliveryGroups: groupRefs } = parsed.data;
    if (requested.length === 0)
      return errorData(400, 'NewApplications must name at least one application.', 'InvalidParameter');
    if (data.daas.applications.length + requested.length > MAX_APPLICATIONS)
      return errorData(400, 'Too many applications in the sandbox.', 'LimitExceeded');
    const groups: DeliveryGroupRecord[] = [];
    for (const ref of groupRefs) {
      const group = findByNameOrId(data.daas.deliveryGroups, ref.Item);
      if (!group) return notFound('Delivery group', ref.Item);
      groups.push(group);
    }
    const names = new Set<string>();
    for (const app of requested) {
      const key = app.Name.toLowerCase();
      if (names.has(key) || findByNameOrId(data.daas.applications, app.Name))
        return errorData(409, `An application named ${app.Name} already exists.`, 'ApplicationNameInUse');
      names.add(key);
    }
    const folders = data.daas.applications.map((application) => application.ApplicationFolder);
    const created = requested.map((app) => {
      const folderName = app.ApplicationFolder?.replace(/\\+$/, '') || 'Applications';
      const folder = folders.find(
        (candidate) =>
          candidate.Name.toLowerCase() === folderName.toLowerCase() || candidate.Id === folderName,
      ) ?? { Id: crypto.randomUUID(), Name: folderName };
      const exe = app.InstalledAppProperties?.CommandLineExecutable ?? `C:\\Apps\\${app.Name}.exe`;
      return {
        Id: crypto.randomUUID(),
        Name: app.Name,
        PublishedName: app.PublishedName ?? app.Name,
        Description: app.Description,
        ApplicationType: 'HostedOnDesktop' as const,
        ApplicationFolder: folder,
        IconId: '1',
        SharingKind: 'Shared' as const,
        ContainerScopes: [],
        Enabled: app.Enabled,
        Visible: app.Visible,
        InstalledAppProperties: {
          CommandLineExecutable: exe,
          CommandLineArguments: app.InstalledAppProperties?.CommandLineArguments || null,
          WorkingDirectory:
            app.InstalledAppProperties?.WorkingDirectory ?? exe.slice(0, exe.lastIndexOf('\\')),
        },
        AssociatedDeliveryGroupUuids: groups.map((group) => group.Id),
        NumAssociatedDeliveryGroups: groups.length,
      };
    });
    const add = () => {
      data.daas.applications.push(...created);
      for (const application of created)
        logChange(data, context.claims.clientId, {
          eventType: 'application/create',
          agentId: 'xendesktop',
          targetType: 'Application',
          targetId: application.Id,
          targetDisplayName: application.Name,
          message: `Application ${application.Name} was published${groups.length ? ` to ${groups.map((group) => group.Name).join(', ')}` : ''}.`,
        });
    };
    if (isAsync(context.url))
      return startJob(context, data, 'AddApplications', { Count: String(created.length) }, () => null, add);
    add();
    // Citrix: 201 without a body; Location names the (first) new application.
    return new Response(null, {
      status: 201,
      headers: { location: `${daasBase(context.url)}/Applications/${created[0]!.Id}` },
    });
  }),
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
      logChange(data, context.claims.clientId, {
        eventType: 'zone/create',
        agentId: 'xendesktop',
        targetType: 'Zone',
        targetId: zone.Id,
        targetDisplayName: zone.Name,
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
  Zones_EditZone: withSite((context, data) => {
    const zone = findByNameOrId(data.daas.zones, context.params.nameOrId ?? '');
    if (!zone) return notFound('Zone', context.params.nameOrId ?? '');
    const parsed = parseEdit(editZoneSchema, context.body);
    if (!parsed.ok) return parsed.response;
    if (nameInUse(data.daas.zones, parsed.edit.Name, zone.Id))
      return errorData(409, `A zone named ${String(parsed.edit.Name)} already exists.`, 'ZoneNameInUse');
    return done(context, data, 'EditZone', zone.Name, () => {
      applyEdit(zone as unknown as Edit, parsed.edit, ['Name', 'Description']);
      logChange(data, context.claims.clientId, {
        eventType: 'zone/edit',
        agentId: 'xendesktop',
        targetType: 'Zone',
        targetId: zone.Id,
        targetDisplayName: zone.Name,
        after: parsed.edit,
        message: `Zone ${zone.Name} was changed.`,
      });
    });
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
      logChange(data, context.claims.clientId, {
        eventType: 'zone/delete',
        agentId: 'xendesktop',
        targetType: 'Zone',
        targetId: zone.Id,
        targetDisplayName: zone.Name,
        message: `Zone ${zone.Name} was deleted.`,
      });
    });
  }),

  Sessions_GetSession: withSite(({ params }, data) => {
    const id = (params.id ?? '').toLowerCase();
    const session = data.daas.sessions.find((candidate) => candidate.Id.toLowerCase() === id);
    return session ? jsonResponse(200, sessionView(data, session)) : notFound('Session', params.id ?? '');
  }),

  Applications_GetApplication: withSite(({ params }, data) => {
    const application = findByNameOrId(data.daas.applications, params.nameOrId ?? '');
    return application
      ? jsonResponse(200, applicationDetailView(application))
      : notFound('Application', params.nameOrId ?? '');
  }),
  Applications_PatchApplication: withSite((context, data) => {
    const application = findByNameOrId(data.daas.applications, context.params.nameOrId ?? '');
    if (!application) return notFound('Application', context.params.nameOrId ?? '');
    const parsed = parseEdit(editApplicationSchema, context.body);
    if (!parsed.ok) return parsed.response;
    if (nameInUse(data.daas.applications, parsed.edit.Name, application.Id))
      return errorData(
        409,
        `An application named ${String(parsed.edit.Name)} already exists.`,
        'ApplicationNameInUse',
      );
    return done(context, data, 'EditApplication', application.Name, () => {
      applyEdit(application as unknown as Edit, parsed.edit, [
        'Name',
        'PublishedName',
        'BrowserName',
        'Description',
        'Enabled',
        'Visible',
      ]);
      logChange(data, context.claims.clientId, {
        eventType: 'application/edit',
        agentId: 'xendesktop',
        targetType: 'Application',
        targetId: application.Id,
        targetDisplayName: application.Name,
        after: parsed.edit,
        message: `Application ${application.Name} was changed.`,
      });
    });
  }),
  Applications_DeleteApplication: withSite((context, data) => {
    const application = findByNameOrId(data.daas.applications, context.params.nameOrId ?? '');
    if (!application) return notFound('Application', context.params.nameOrId ?? '');
    return done(context, data, 'RemoveApplication', application.Name, () => {
      data.daas.applications = data.daas.applications.filter((candidate) => candidate !== application);
      logChange(data, context.claims.clientId, {
        eventType: 'application/delete',
        agentId: 'xendesktop',
        targetType: 'Application',
        targetId: application.Id,
        targetDisplayName: application.Name,
        message: `Application ${application.Name} was deleted.`,
      });
    });
  }),

  DeliveryGroups_PatchDeliveryGroup: withSite((context, data) => {
    const group = findByNameOrId(data.daas.deliveryGroups, context.params.nameOrId ?? '');
    if (!group) return notFound('Delivery group', context.params.nameOrId ?? '');
    const parsed = parseEdit(editGroupSchema, context.body);
    if (!parsed.ok) return parsed.response;
    if (nameInUse(data.daas.deliveryGroups, parsed.edit.Name, group.Id))
      return errorData(
        409,
        `A delivery group named ${String(parsed.edit.Name)} already exists.`,
        'DeliveryGroupNameInUse',
      );
    return done(context, data, 'EditDeliveryGroup', group.Name, () => {
      const before = group.Name;
      applyEdit(group as unknown as Edit, parsed.edit, [
        'Name',
        'PublishedName',
        'Description',
        'Enabled',
        'InMaintenanceMode',
      ]);
      // Machines show their group by name too.
      for (const machine of data.daas.machines)
        if (machine.DeliveryGroup?.Id === group.Id)
          machine.DeliveryGroup = { Id: group.Id, Name: group.Name };
      logChange(data, context.claims.clientId, {
        eventType: 'deliverygroup/edit',
        agentId: 'xendesktop',
        targetType: 'DeliveryGroup',
        targetId: group.Id,
        targetDisplayName: group.Name,
        after: parsed.edit,
        message: `Delivery group ${before} was changed.`,
      });
    });
  }),
  DeliveryGroups_DeleteDeliveryGroup: withSite((context, data) => {
    const group = findByNameOrId(data.daas.deliveryGroups, context.params.nameOrId ?? '');
    if (!group) return notFound('Delivery group', context.params.nameOrId ?? '');
    const members = data.daas.machines.filter((machine) => machine.DeliveryGroup?.Id === group.Id);
    return done(context, data, 'RemoveDeliveryGroup', group.Name, () => {
      // Its sessions end; its machines stay in their catalogs, free for another group.
      const ids = new Set(members.map((machine) => machine.Id));
      data.daas.sessions = data.daas.sessions.filter((session) => !ids.has(session.Machine.Id));
      for (const machine of members) machine.DeliveryGroup = null;
      data.daas.deliveryGroups = data.daas.deliveryGroups.filter((candidate) => candidate !== group);
      logChange(data, context.claims.clientId, {
        eventType: 'deliverygroup/delete',
        agentId: 'xendesktop',
        targetType: 'DeliveryGroup',
        targetId: group.Id,
        targetDisplayName: group.Name,
        message: `Delivery group ${group.Name} was deleted; its sessions were logged off and its ${members.length} machine(s) are free.`,
      });
    });
  }),
  DeliveryGroups_RemoveDeliveryGroupMachine: withSite((context, data) => {
    const group = findByNameOrId(data.daas.deliveryGroups, context.params.nameOrId ?? '');
    if (!group) return notFound('Delivery group', context.params.nameOrId ?? '');
    const machine = findMachine(data, context.params.machineNameOrId ?? '');
    if (!machine || machine.DeliveryGroup?.Id !== group.Id)
      return notFound('Machine', context.params.machineNameOrId ?? '');
    if (data.daas.sessions.some((session) => session.Machine.Id === machine.Id))
      return errorData(
        400,
        `The machine ${machine.Name} has sessions; log them off first.`,
        'MachineHasSessions',
      );
    return done(context, data, 'RemoveMachineFromDeliveryGroup', machine.Name, () => {
      machine.DeliveryGroup = null;
      logChange(data, context.claims.clientId, {
        eventType: 'deliverygroup/removemachine',
        agentId: 'xendesktop',
        targetType: 'Machine',
        targetId: machine.Id,
        targetDisplayName: machine.Name,
        message: `Machine ${machine.Name} was removed from delivery group ${group.Name}.`,
      });
    });
  }),

  MachineCatalogs_RemoveMachineCatalogMachine: withSite((context, data) => {
    const catalog = findByNameOrId(data.daas.catalogs, context.params.nameOrId ?? '');
    if (!catalog) return notFound('Machine catalog', context.params.nameOrId ?? '');
    const machine = findMachine(data, context.params.machine ?? '');
    if (!machine || machine.MachineCatalog.Id !== catalog.Id)
      return notFound('Machine', context.params.machine ?? '');
    // The same rules as removing it from the site: no sessions, in maintenance if delivered.
    return removeMachine({ ...context, params: { nameOrId: machine.Id } }, data);
  }),
  MachineCatalogs_UpdateMachineCatalog: withSite((context, data) => {
    const catalog = findByNameOrId(data.daas.catalogs, context.params.nameOrId ?? '');
    if (!catalog) return notFound('Machine catalog', context.params.nameOrId ?? '');
    const parsed = parseEdit(editCatalogSchema, context.body);
    if (!parsed.ok) return parsed.response;
    if (nameInUse(data.daas.catalogs, parsed.edit.Name, catalog.Id))
      return errorData(
        409,
        `A machine catalog named ${String(parsed.edit.Name)} already exists.`,
        'MachineCatalogNameInUse',
      );
    const change = () => {
      const before = catalog.Name;
      applyEdit(catalog as unknown as Edit, parsed.edit, ['Name', 'Description']);
      for (const machine of data.daas.machines)
        if (machine.MachineCatalog.Id === catalog.Id)
          machine.MachineCatalog = { Id: catalog.Id, Name: catalog.Name };
      logChange(data, context.claims.clientId, {
        eventType: 'machinecatalog/edit',
        agentId: 'xendesktop',
        targetType: 'MachineCatalog',
        targetId: catalog.Id,
        targetDisplayName: catalog.Name,
        after: parsed.edit,
        message: `Machine catalog ${before} was changed.`,
      });
    };
    if (isAsync(context.url))
      return startJob(context, data, 'UpdateMachineCatalog', { Name: catalog.Name }, () => null, change);
    change();
    // Citrix answers this one 200 with the catalog as it now is (its other edits answer 204).
    return jsonResponse(200, catalogView(data, catalog, true));
  }),
  MachineCatalogs_DeleteMachineCatalog: withSite((context, data) => {
    const catalog = findByNameOrId(data.daas.catalogs, context.params.nameOrId ?? '');
    if (!catalog) return notFound('Machine catalog', context.params.nameOrId ?? '');
    const machines = data.daas.machines.filter((machine) => machine.MachineCatalog.Id === catalog.Id);
    const delivered = machines.find((machine) => machine.DeliveryGroup !== null);
    if (delivered)
      return errorData(
        400,
        `The machine ${delivered.Name} of ${catalog.Name} is in delivery group ${delivered.DeliveryGroup!.Name}; remove it from the group first.`,
        'MachineCatalogInUse',
      );
    return done(context, data, 'RemoveMachineCatalog', catalog.Name, () => {
      data.daas.machines = data.daas.machines.filter((machine) => machine.MachineCatalog.Id !== catalog.Id);
      data.daas.catalogs = data.daas.catalogs.filter((candidate) => candidate !== catalog);
      logChange(data, context.claims.clientId, {
        eventType: 'machinecatalog/delete',
        agentId: 'xendesktop',
        targetType: 'MachineCatalog',
        targetId: catalog.Id,
        targetDisplayName: catalog.Name,
        message: `Machine catalog ${catalog.Name} was deleted with its ${machines.length} machine(s).`,
      });
    });
  }),
};
