import type { CustomerData } from '../../sandbox-state';
import type {
  CatalogRecord,
  DeliveryGroupRecord,
  JobRecord,
  MachineRecord,
  SessionRecord,
  SiteDetail,
} from '../types';
import { daasBase, jobStatus } from './common';

/**
 * Wire views of DaaS records, in Citrix's models (`*ResponseModel` of the Orchestration API):
 * the counts DaaS computes are derived here from the live data.
 */

function sessionsOn(data: CustomerData, machineId: string) {
  return data.daas.sessions.filter((session) => session.Machine.Id === machineId);
}

function summaryState(data: CustomerData, machine: MachineRecord): string {
  if (
    machine.PowerState === 'Off' ||
    machine.PowerState === 'TurningOff' ||
    machine.PowerState === 'Suspended'
  )
    return 'Off';
  if (machine.RegistrationState !== 'Registered') return 'Unregistered';
  const sessions = sessionsOn(data, machine.Id);
  if (sessions.some((session) => session.State === 'Active' || session.State === 'Connected')) return 'InUse';
  if (sessions.length > 0) return 'Disconnected';
  return 'Available';
}

const formatted = (iso: string | null) => (iso === null ? null : new Date(iso).toUTCString());

/** `MachineResponseModel`; with `detail`, `MachineDetailResponseModel`. */
export function machineView(data: CustomerData, machine: MachineRecord, detail = false) {
  const sessions = sessionsOn(data, machine.Id);
  const group = data.daas.deliveryGroups.find((candidate) => candidate.Id === machine.DeliveryGroup?.Id);
  const base = {
    ...machine,
    DeliveryType: group?.DeliveryType ?? null,
    DrainingUntilShutdown: false,
    FaultState:
      machine.PowerState === 'On' && machine.RegistrationState !== 'Registered' ? 'Unregistered' : 'None',
    FormattedLastConnectionTime: formatted(machine.LastConnectionTime),
    PowerActionPending: ['TurningOn', 'TurningOff', 'Suspending', 'Resuming'].includes(machine.PowerState),
    SessionCount: sessions.length,
    SummaryState: summaryState(data, machine),
  };
  if (!detail) return base;
  return {
    ...base,
    IsReserved: false,
    SessionsEstablished: sessions.length,
    SessionsPending: 0,
    SecureIcaRequired: false,
    ColorDepth: 'TwentyFourBit',
  };
}

/** `MachineCatalogResponseModel`; with `detail`, `MachineCatalogDetailResponseModel`. */
export function catalogView(data: CustomerData, catalog: CatalogRecord, detail = false) {
  const machines = data.daas.machines.filter((machine) => machine.MachineCatalog.Id === catalog.Id);
  const used = machines.filter((machine) => machine.DeliveryGroup !== null).length;
  const assigned = machines.filter((machine) => machine.AssociatedUsers.length > 0).length;
  const base = {
    ...catalog,
    CanRecreateCatalog: false,
    CanRollbackVMImage: false,
    HasBeenPromoted: false,
    TotalCount: machines.length,
    UsedCount: used,
    AvailableCount: machines.length - used,
    AssignedCount: assigned,
    UnassignedCount: machines.length - assigned,
    AvailableAssignedCount: machines.filter(
      (machine) => machine.DeliveryGroup === null && machine.AssociatedUsers.length > 0,
    ).length,
    AvailableUnassignedCount: machines.filter(
      (machine) => machine.DeliveryGroup === null && machine.AssociatedUsers.length === 0,
    ).length,
  };
  if (!detail) return base;
  const groups = data.daas.deliveryGroups.filter((group) =>
    machines.some((machine) => machine.DeliveryGroup?.Id === group.Id),
  );
  return {
    ...base,
    AgentVersion: machines[0]?.AgentVersion ?? null,
    OSType: machines[0]?.OSType ?? null,
    DeliveryGroups: groups.map((group) => {
      const inGroup = machines.filter((machine) => machine.DeliveryGroup?.Id === group.Id);
      return {
        Id: group.Id,
        Name: group.Name,
        Total: inGroup.length,
        NumAssigned: inGroup.filter((machine) => machine.AssociatedUsers.length > 0).length,
      };
    }),
  };
}

/** `DeliveryGroupResponseModel`; with `detail`, `DeliveryGroupDetailResponseModel`. */
export function deliveryGroupView(data: CustomerData, group: DeliveryGroupRecord, detail = false) {
  const { AutoScaleEnabled, ...record } = group;
  const machines = data.daas.machines.filter((machine) => machine.DeliveryGroup?.Id === group.Id);
  const states = machines.map((machine) => summaryState(data, machine));
  const machineIds = new Set(machines.map((machine) => machine.Id));
  const base = {
    ...record,
    Delivering: group.DeliveryType,
    ApplicationCompatibility:
      group.DeliveryType === 'DesktopsOnly' ? 'IncompatibleDeliveryType' : 'Compatible',
    DesktopCompatibility: group.DeliveryType === 'AppsOnly' ? 'IncompatibleDeliveryType' : 'Compatible',
    ApplicationGroupCompatibility:
      group.DeliveryType === 'DesktopsOnly'
        ? 'IncompatibleDeliveryType'
        : group.SharingKind === 'Private'
          ? 'IncompatiblePrivate'
          : 'Compatible',
    HasBeenPromoted: false,
    TotalDesktops: machines.length,
    TotalApplications: data.daas.applications.filter((application) =>
      application.AssociatedDeliveryGroupUuids.includes(group.Id),
    ).length,
    DesktopsAvailable: states.filter((state) => state === 'Available').length,
    DesktopsDisconnected: states.filter((state) => state === 'Disconnected').length,
    DesktopsFaulted: 0,
    DesktopsUnregistered: states.filter((state) => state === 'Unregistered').length,
    SessionCount: data.daas.sessions.filter((session) => machineIds.has(session.Machine.Id)).length,
  };
  if (!detail) return base;
  const systems = new Map<string, number>();
  for (const machine of machines) systems.set(machine.OSType, (systems.get(machine.OSType) ?? 0) + 1);
  return {
    ...base,
    AutoScaleEnabled,
    DesktopsInUse: states.filter((state) => state === 'InUse').length,
    DesktopsNeverRegistered: 0,
    DesktopsPreparing: 0,
    IsPowerManaged: machines.some((machine) => machine.Hosting !== null),
    MachineOperatingSystems: [...systems].map(([Name, Value]) => ({ Name, Value })),
    MachineType: machines[0]?.MachineType ?? 'Virtual',
    MachinesInMaintenanceMode: machines.filter((machine) => machine.InMaintenanceMode).length,
    OffMachines: machines.filter((machine) => machine.PowerState === 'Off').length,
    RegisteredMachines: machines.filter((machine) => machine.RegistrationState === 'Registered').length,
    SecureIcaRequired: false,
    TotalApplicationGroups: 0,
    TotalMachines: machines.length,
  };
}

/** `SessionResponseModel`: the machine is Citrix's full machine model. */
export function sessionView(data: CustomerData, session: SessionRecord) {
  const machine = data.daas.machines.find((candidate) => candidate.Id === session.Machine.Id);
  return {
    ...session,
    Machine: machine ? machineView(data, machine) : session.Machine,
    FormattedStartTime: formatted(session.StartTime),
    FormattedStateChangeTime: formatted(session.StateChangeTime),
    Brokering: { ...session.Brokering, FormattedTime: formatted(session.Brokering.Time) },
  };
}

/** `SiteResponseModel` (the list) is only the id and name; `SiteDetailResponseModel` is the record. */
export const siteView = ({ Id, Name }: SiteDetail) => ({ Id, Name });

export function jobView(url: URL, job: JobRecord, now = Date.now()) {
  const { status, percent, startedAt, endedAt } = jobStatus(job, now);
  const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
  const formattedMs = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toUTCString());
  return {
    Id: job.Id,
    Type: job.Type,
    OverallProgressPercent: percent,
    IsCancellable: status !== 'Complete',
    Parameters: job.Parameters,
    SubJobs: [],
    Status: status,
    ResultLocation: status === 'Complete' ? `${daasBase(url)}/Jobs/${job.Id}/Results` : null,
    ErrorString: null,
    ErrorCode: null,
    ErrorParameters: [],
    CreationTime: iso(job.createdAt),
    FormattedCreationTime: formattedMs(job.createdAt),
    StartTime: iso(startedAt),
    FormattedStartTime: formattedMs(startedAt),
    EndTime: iso(endedAt),
    FormattedEndTime: formattedMs(endedAt),
  };
}
