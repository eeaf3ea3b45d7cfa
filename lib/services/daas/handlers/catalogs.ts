import { z } from 'zod';

import type { OperationHandlers, SandboxContext } from '@/lib/sandbox/handler';
import { jsonResponse } from '@/lib/sandbox/http';
import { validationMessage } from '@/lib/sandbox/validation';

import type { CustomerData } from '../../sandbox-state';
import type { CatalogRecord } from '../types';
import {
  errorData,
  findByNameOrId,
  isAsync,
  itemResponse,
  notFound,
  pageResponse,
  refuseNotEmulated,
  startJob,
  withSite,
} from './common';
import { logDaasChange } from './edit-kit';
import { catalogView, deliveryGroupView, machineView } from './views';

const MAX_CATALOGS = 100;

const createSchema = z.object({
  Name: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[^\\/;:#.*?=<>|[\]()"']+$/, 'Name contains characters that are not allowed'),
  Description: z.string().max(512).default(''),
  AllocationType: z.enum(['Random', 'Static']),
  SessionSupport: z.enum(['SingleSession', 'MultiSession']),
  ProvisioningType: z.enum(['MCS', 'Manual', 'PVS']).default('Manual'),
  PersistUserChanges: z.enum(['Discard', 'OnLocal']).default('Discard'),
  MachineType: z.enum(['Virtual', 'Physical']).default('Virtual'),
  MinimumFunctionalLevel: z
    .string()
    .regex(/^L\d+(_\d+)?$/)
    .default('L7_20'),
  IsRemotePC: z.boolean().default(false),
  Zone: z.string().min(1).max(128).optional(),
});

/** ErrorData for a body that does not validate, naming the first bad field in the product's words. */
function invalidBody(error: z.ZodError): Response {
  return errorData(400, validationMessage(error), 'InvalidParameter');
}

function createCatalog(context: SandboxContext, data: CustomerData): Response {
  const refused = refuseNotEmulated(context.url, ['sourceNameOrId']);
  if (refused) return refused;
  const parsed = createSchema.safeParse(context.body ?? {}, { reportInput: true });
  if (!parsed.success) return invalidBody(parsed.error);
  const input = parsed.data;
  const catalogs = data.daas.catalogs;
  if (catalogs.length >= MAX_CATALOGS)
    return errorData(400, 'Too many machine catalogs in the sandbox.', 'LimitExceeded');
  if (findByNameOrId(catalogs, input.Name))
    return errorData(409, `A machine catalog named ${input.Name} already exists.`, 'MachineCatalogNameInUse');
  const zone = input.Zone
    ? findByNameOrId(data.daas.zones, input.Zone)
    : data.daas.zones.find((candidate) => candidate.IsPrimary);
  if (!zone) return notFound('Zone', input.Zone ?? '');
  const catalog: CatalogRecord = {
    Id: crypto.randomUUID(),
    Name: input.Name,
    FullName: input.Name,
    Description: input.Description,
    AllocationType: input.AllocationType,
    SessionSupport: input.SessionSupport,
    ProvisioningType: input.ProvisioningType,
    PersistChanges: input.PersistUserChanges,
    MachineType: input.MachineType,
    MinimumFunctionalLevel: input.MinimumFunctionalLevel,
    IsPowerManaged: !input.IsRemotePC && input.MachineType === 'Virtual',
    IsRemotePC: input.IsRemotePC,
    IsBroken: false,
    SharingKind: input.AllocationType === 'Static' ? 'Private' : 'Shared',
    Zone: { Id: zone.Id, Name: zone.Name },
    AdminFolder: null,
    Scopes: [],
    Errors: [],
    Warnings: [],
    Metadata: [],
  };
  const add = () => {
    catalogs.push(catalog);
    logDaasChange(context, data, {
      eventType: 'machinecatalog/create',
      targetType: 'MachineCatalog',
      target: catalog,
      after: { AllocationType: catalog.AllocationType, SessionSupport: catalog.SessionSupport },
      message: `Machine catalog ${catalog.Name} was created.`,
    });
  };
  if (isAsync(context.url)) {
    return startJob(
      context,
      data,
      'CreateMachineCatalog',
      { Name: catalog.Name },
      () => catalogView(data, catalog, true),
      add,
    );
  }
  add();
  // Citrix answers 200 (not 201) with the new catalog's detail.
  return jsonResponse(200, catalogView(data, catalog, true));
}

export const daasCatalogsHandlers: OperationHandlers = {
  MachineCatalogs_GetMachineCatalogs: withSite((context, data) => {
    const refused = refuseNotEmulated(context.url, ['adminFolder']);
    if (refused) return refused;
    if (isAsync(context.url)) {
      return startJob(context, data, 'GetMachineCatalogs', { async: 'true' }, () => ({
        Items: data.daas.catalogs.map((catalog) => catalogView(data, catalog)),
        ContinuationToken: null,
      }));
    }
    return pageResponse(
      context.url,
      data.daas.catalogs.map((catalog) => catalogView(data, catalog)),
      true,
    );
  }),
  MachineCatalogs_CreateMachineCatalog: withSite(createCatalog),
  MachineCatalogs_GetMachineCatalog: withSite((context, data) => {
    const catalog = findByNameOrId(data.daas.catalogs, context.params.nameOrId ?? '');
    if (!catalog) return notFound('Machine catalog', context.params.nameOrId ?? '');
    if (isAsync(context.url))
      return startJob(context, data, 'GetMachineCatalogDetails', { Id: catalog.Id }, () =>
        catalogView(data, catalog, true),
      );
    return itemResponse(context.url, catalogView(data, catalog, true), true);
  }),
  MachineCatalogs_GetMachineCatalogMachines: withSite((context, data) => {
    const catalog = findByNameOrId(data.daas.catalogs, context.params.nameOrId ?? '');
    if (!catalog) return notFound('Machine catalog', context.params.nameOrId ?? '');
    const machines = () =>
      data.daas.machines
        .filter((machine) => machine.MachineCatalog.Id === catalog.Id)
        .map((machine) => machineView(data, machine));
    if (isAsync(context.url))
      return startJob(context, data, 'GetMachineCatalogMachines', { Id: catalog.Id }, () => ({
        Items: machines(),
        ContinuationToken: null,
      }));
    return pageResponse(context.url, machines(), true);
  }),
  DeliveryGroups_GetDeliveryGroups: withSite((context, data) => {
    const refused = refuseNotEmulated(context.url, ['adminFolder']);
    if (refused) return refused;
    const groups = () => data.daas.deliveryGroups.map((group) => deliveryGroupView(data, group));
    if (isAsync(context.url))
      return startJob(context, data, 'GetDeliveryGroups', { async: 'true' }, () => ({
        Items: groups(),
        ContinuationToken: null,
      }));
    return pageResponse(context.url, groups());
  }),
  DeliveryGroups_GetDeliveryGroup: withSite(({ params, url }, data) => {
    const group = findByNameOrId(data.daas.deliveryGroups, params.nameOrId ?? '');
    return group
      ? itemResponse(url, deliveryGroupView(data, group, true), true)
      : notFound('Delivery group', params.nameOrId ?? '');
  }),
  DeliveryGroups_GetDeliveryGroupMachines: withSite(({ params, url }, data) => {
    const group = findByNameOrId(data.daas.deliveryGroups, params.nameOrId ?? '');
    if (!group) return notFound('Delivery group', params.nameOrId ?? '');
    const machines = data.daas.machines.filter((machine) => machine.DeliveryGroup?.Id === group.Id);
    return pageResponse(
      url,
      machines.map((machine) => machineView(data, machine)),
    );
  }),
};
