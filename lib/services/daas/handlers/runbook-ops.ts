import { z } from 'zod';

import type { OperationHandlers, SandboxContext } from '@/lib/sandbox/handler';
import { jsonResponse } from '@/lib/sandbox/http';
import { validationMessage } from '@/lib/sandbox/validation';

import { logChange, type CustomerData } from '../../sandbox-state';
import type { DeliveryGroupRecord, MachineRecord } from '../types';
import { errorData, findByNameOrId, isAsync, notFound, startJob, withSite } from './common';
import { logDaasChange } from './edit-kit';
import { findMachine } from './machines';
import { deliveryGroupView, jobView, machineView } from './views';

/**
 * The DaaS calls a team's onboarding and a machine's retirement need, beyond reading: add a
 * machine to a catalog, create a delivery group from catalogs' free machines, edit a machine
 * (maintenance mode) and remove it. Shapes and statuses follow Citrix's Orchestration document.
 */

const MAX_MACHINES = 500;
const MAX_GROUPS = 100;

const addMachineSchema = z.object({
  MachineName: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{1,64}\\[A-Za-z0-9_.-]{1,64}$/, 'MachineName must be DOMAIN\\name'),
  HostedMachineId: z.string().max(128).optional(),
  InMaintenanceMode: z.boolean().default(false),
});

const createGroupSchema = z.object({
  Name: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[^\\/;:#.*?=<>|[\]()"']+$/, 'Name contains characters that are not allowed'),
  Description: z.string().max(512).default(''),
  DeliveryType: z.enum(['DesktopsOnly', 'DesktopsAndApps', 'AppsOnly']).default('DesktopsOnly'),
  MachineCatalogs: z
    .array(
      z.object({
        MachineCatalog: z.string().min(1).max(128),
        Count: z.number().int().min(0).max(MAX_MACHINES).optional(),
      }),
    )
    .min(1)
    .max(20),
});

/**
 * Citrix's UpdateMachineRequestModel. The sandbox emulates InMaintenanceMode; the other fields it
 * declares are accepted and written to the change log (the sandbox keeps no such state), and any
 * field the model does not declare is refused.
 */
const updateMachineSchema = z
  .object({
    InMaintenanceMode: z.boolean().optional(),
    AssignedClientName: z.string().max(256).nullable().optional(),
    AssignedIPAddress: z.string().max(64).nullable().optional(),
    AssignedUsers: z.array(z.unknown()).max(100).nullable().optional(),
    HostedMachineId: z.string().max(256).nullable().optional(),
    HypervisorConnection: z.string().max(256).nullable().optional(),
    PublishedName: z.string().max(256).nullable().optional(),
  })
  .strict();

function invalidBody(error: z.ZodError): Response {
  return errorData(400, validationMessage(error), 'InvalidParameter');
}

function addMachine(context: SandboxContext, data: CustomerData): Response {
  const catalog = findByNameOrId(data.daas.catalogs, context.params.nameOrId ?? '');
  if (!catalog) return notFound('Machine catalog', context.params.nameOrId ?? '');
  const parsed = addMachineSchema.safeParse(context.body ?? {}, { reportInput: true });
  if (!parsed.success) return invalidBody(parsed.error);
  const input = parsed.data;
  if (data.daas.machines.length >= MAX_MACHINES)
    return errorData(400, 'Too many machines in the sandbox.', 'LimitExceeded');
  if (findMachine(data, input.MachineName))
    return errorData(
      409,
      `The machine ${input.MachineName} is already in a machine catalog.`,
      'MachineAlreadyInCatalog',
    );
  const short = input.MachineName.split('\\')[1]!;
  const existing = data.daas.machines.find((candidate) => candidate.MachineCatalog.Id === catalog.Id);
  const machine: MachineRecord = {
    Id: crypto.randomUUID(),
    Name: input.MachineName,
    DnsName: `${short.toLowerCase()}.corp.contoso.example`,
    MachineCatalog: { Id: catalog.Id, Name: catalog.Name },
    DeliveryGroup: null,
    Zone: catalog.Zone,
    Hosting:
      catalog.IsPowerManaged && existing?.Hosting
        ? {
            ...existing.Hosting,
            HostedMachineId: input.HostedMachineId ?? crypto.randomUUID(),
            HostedMachineName: short.toLowerCase(),
          }
        : null,
    Sid: `S-1-5-21-1004336348-1177238915-682003330-${6000 + data.daas.machines.length}`,
    MachineType: catalog.MachineType,
    ProvisioningType: catalog.ProvisioningType,
    AgentVersion: '2411.0.0.1011',
    OSType: catalog.SessionSupport === 'MultiSession' ? 'Windows 2022' : 'Windows 11',
    IPAddress: `10.30.0.${10 + (data.daas.machines.length % 240)}`,
    AllocationType: catalog.AllocationType,
    SessionSupport: catalog.SessionSupport,
    PowerState: catalog.IsPowerManaged ? 'Off' : 'Unmanaged',
    RegistrationState: catalog.IsPowerManaged ? 'Unregistered' : 'Registered',
    InMaintenanceMode: input.InMaintenanceMode,
    IsAssigned: false,
    AssociatedUsers: [],
    LastDeregistrationReason: catalog.IsPowerManaged ? 'AgentShutdown' : null,
    LastConnectionTime: null,
  };
  const add = () => {
    data.daas.machines.push(machine);
    logDaasChange(context, data, {
      eventType: 'machinecatalog/addmachine',
      targetType: 'Machine',
      target: machine,
      message: `Machine ${machine.Name} was added to machine catalog ${catalog.Name}.`,
    });
  };
  // As in DaaS, adding a machine always runs as a job: `async=true` answers 202 and its Location,
  // a plain call answers 200 with the job's status.
  const started = startJob(
    context,
    data,
    'AddMachineCatalogMachine',
    { Machine: machine.Name },
    () => machineView(data, machine, true),
    add,
  );
  if (isAsync(context.url)) return started;
  const jobId = started.headers.get('location')?.split('/').pop() ?? '';
  const job = data.daas.jobs.find((candidate) => candidate.Id === jobId);
  return job ? jsonResponse(200, jobView(context.url, job)) : started;
}

function createDeliveryGroup(context: SandboxContext, data: CustomerData): Response {
  const parsed = createGroupSchema.safeParse(context.body ?? {}, { reportInput: true });
  if (!parsed.success) return invalidBody(parsed.error);
  const input = parsed.data;
  const groups = data.daas.deliveryGroups;
  if (groups.length >= MAX_GROUPS)
    return errorData(400, 'Too many delivery groups in the sandbox.', 'LimitExceeded');
  if (findByNameOrId(groups, input.Name))
    return errorData(409, `A delivery group named ${input.Name} already exists.`, 'DeliveryGroupNameInUse');
  const picked: MachineRecord[] = [];
  let sessionSupport: DeliveryGroupRecord['SessionSupport'] | undefined;
  for (const entry of input.MachineCatalogs) {
    const catalog = findByNameOrId(data.daas.catalogs, entry.MachineCatalog);
    if (!catalog) return notFound('Machine catalog', entry.MachineCatalog);
    if (sessionSupport && sessionSupport !== catalog.SessionSupport)
      return errorData(
        400,
        'The machine catalogs of one delivery group must have the same session support.',
        'InvalidParameter',
      );
    sessionSupport = catalog.SessionSupport;
    const free = data.daas.machines.filter(
      (machine) => machine.MachineCatalog.Id === catalog.Id && machine.DeliveryGroup === null,
    );
    const count = entry.Count ?? free.length;
    if (free.length < count)
      return errorData(
        400,
        `The machine catalog ${catalog.Name} has ${free.length} unassigned machines; ${count} were asked for.`,
        'NotEnoughMachinesInCatalog',
      );
    picked.push(...free.slice(0, count));
  }
  const group: DeliveryGroupRecord = {
    Id: crypto.randomUUID(),
    Name: input.Name,
    FullName: input.Name,
    PublishedName: input.Name,
    Description: input.Description,
    Enabled: true,
    InMaintenanceMode: false,
    DeliveryType: input.DeliveryType,
    SessionSupport: sessionSupport ?? 'SingleSession',
    SharingKind: 'Shared',
    MinimumFunctionalLevel: 'L7_20',
    IsRemotePC: false,
    IsBroken: false,
    RequireUserHomeZone: false,
    AutoScaleEnabled: false,
    MachineLogOnType: 'ActiveDirectory',
    Scopes: [],
  };
  const add = () => {
    groups.push(group);
    for (const machine of picked) machine.DeliveryGroup = { Id: group.Id, Name: group.Name };
    logDaasChange(context, data, {
      eventType: 'deliverygroup/create',
      targetType: 'DeliveryGroup',
      target: group,
      after: { Machines: picked.length },
      message: `Delivery group ${group.Name} was created with ${picked.length} machines.`,
    });
  };
  if (isAsync(context.url))
    return startJob(
      context,
      data,
      'CreateDeliveryGroup',
      { Name: group.Name },
      () => deliveryGroupView(data, group, true),
      add,
    );
  add();
  return jsonResponse(200, deliveryGroupView(data, group, true));
}

function updateMachine(context: SandboxContext, data: CustomerData): Response {
  const machine = findMachine(data, context.params.nameOrId ?? '');
  if (!machine) return notFound('Machine', context.params.nameOrId ?? '');
  const parsed = updateMachineSchema.safeParse(context.body ?? {}, { reportInput: true });
  if (!parsed.success) return invalidBody(parsed.error);
  const before = machine.InMaintenanceMode;
  const apply = () => {
    if (parsed.data.InMaintenanceMode !== undefined)
      machine.InMaintenanceMode = parsed.data.InMaintenanceMode;
    logChange(data, context.claims.clientId, {
      eventType: 'machine/update',
      agentId: 'xendesktop',
      targetType: 'Machine',
      targetId: machine.Id,
      targetDisplayName: machine.Name,
      before: { InMaintenanceMode: before },
      after: { ...parsed.data, InMaintenanceMode: machine.InMaintenanceMode },
      message: `Machine ${machine.Name} was updated.`,
    });
  };
  if (isAsync(context.url))
    return startJob(context, data, 'UpdateMachine', { Machine: machine.Name }, () => null, apply);
  apply();
  // Citrix answers 204 with no body.
  return new Response(null, { status: 204 });
}

export function removeMachine(context: SandboxContext, data: CustomerData): Response {
  const machine = findMachine(data, context.params.nameOrId ?? '');
  if (!machine) return notFound('Machine', context.params.nameOrId ?? '');
  if (data.daas.sessions.some((session) => session.Machine.Id === machine.Id))
    return errorData(
      400,
      `The machine ${machine.Name} has sessions; log them off (or put it in maintenance and wait) before removing it.`,
      'MachineHasSessions',
    );
  if (machine.DeliveryGroup !== null && !machine.InMaintenanceMode)
    return errorData(
      400,
      `The machine ${machine.Name} is in delivery group ${machine.DeliveryGroup.Name}; put it in maintenance mode before removing it.`,
      'MachineNotInMaintenanceMode',
    );
  const remove = () => {
    data.daas.machines = data.daas.machines.filter((candidate) => candidate !== machine);
    logDaasChange(context, data, {
      eventType: 'machine/remove',
      targetType: 'Machine',
      target: machine,
      message: `Machine ${machine.Name} was removed from the site.`,
    });
  };
  if (isAsync(context.url))
    return startJob(context, data, 'RemoveMachine', { Machine: machine.Name }, () => null, remove);
  remove();
  return new Response(null, { status: 204 });
}

export const daasRunbookHandlers: OperationHandlers = {
  MachineCatalogs_AddMachineCatalogMachine: withSite(addMachine),
  DeliveryGroups_CreateDeliveryGroup: withSite(createDeliveryGroup),
  Machines_UpdateMachine: withSite(updateMachine),
  Machines_RemoveMachine: withSite(removeMachine),
};
