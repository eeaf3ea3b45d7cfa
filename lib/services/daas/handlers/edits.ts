import { z } from 'zod';

import type { OperationHandlers } from '@/lib/sandbox/handler';
import { jsonResponse } from '@/lib/sandbox/http';

import { errorData, findByNameOrId, notFound, withSite } from './common';
import { done, editItem, logDaasChange, NAME } from './edit-kit';
import { findMachine } from './machines';
import { removeMachine } from './runbook-ops';
import { catalogView } from './views';

/**
 * Delivery groups and machine catalogs beyond list, read and create: edit, delete, and take a
 * machine out of either. Statuses follow Citrix's Orchestration document: 204 (202 with
 * `async=true`); a delete that would strand something answers ErrorData 400 and says what to do.
 */

/** The fields of Citrix's edit models the sandbox keeps; any other declared field is accepted and logged. */
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

export const daasGroupCatalogEditHandlers: OperationHandlers = {
  DeliveryGroups_PatchDeliveryGroup: editItem({
    kind: 'Delivery group',
    targetType: 'DeliveryGroup',
    items: (data) => data.daas.deliveryGroups,
    schema: editGroupSchema,
    kept: ['Name', 'PublishedName', 'Description', 'Enabled', 'InMaintenanceMode'],
    jobType: 'EditDeliveryGroup',
    eventType: 'deliverygroup/edit',
    // Machines show their group by name too.
    afterChange: (data, group) => {
      for (const machine of data.daas.machines)
        if (machine.DeliveryGroup?.Id === group.Id)
          machine.DeliveryGroup = { Id: group.Id, Name: group.Name };
    },
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
      logDaasChange(context, data, {
        eventType: 'deliverygroup/delete',
        targetType: 'DeliveryGroup',
        target: group,
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
      logDaasChange(context, data, {
        eventType: 'deliverygroup/removemachine',
        targetType: 'Machine',
        target: machine,
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
  MachineCatalogs_UpdateMachineCatalog: editItem({
    kind: 'Machine catalog',
    targetType: 'MachineCatalog',
    items: (data) => data.daas.catalogs,
    schema: editCatalogSchema,
    kept: ['Name', 'Description'],
    jobType: 'UpdateMachineCatalog',
    eventType: 'machinecatalog/edit',
    afterChange: (data, catalog) => {
      for (const machine of data.daas.machines)
        if (machine.MachineCatalog.Id === catalog.Id)
          machine.MachineCatalog = { Id: catalog.Id, Name: catalog.Name };
    },
    // Citrix answers this one 200 with the catalog as it now is (its other edits answer 204).
    answer: (data, catalog) => jsonResponse(200, catalogView(data, catalog, true)),
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
      logDaasChange(context, data, {
        eventType: 'machinecatalog/delete',
        targetType: 'MachineCatalog',
        target: catalog,
        message: `Machine catalog ${catalog.Name} was deleted with its ${machines.length} machine(s).`,
      });
    });
  }),
};
