import type { CatalogRecord, DeliveryGroupRecord, JobRecord, MachineRecord } from '../data/daas-types';
import type { CustomerData } from '../store';
import { daasBase, jobStatus } from './daas-common';

/** Wire views of DaaS records: the counts DaaS computes are derived here from the live data. */

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

export function machineView(data: CustomerData, machine: MachineRecord) {
  return {
    ...machine,
    SessionCount: sessionsOn(data, machine.Id).length,
    SummaryState: summaryState(data, machine),
  };
}

export function catalogView(data: CustomerData, catalog: CatalogRecord) {
  const machines = data.daas.machines.filter((machine) => machine.MachineCatalog.Id === catalog.Id);
  const used = machines.filter((machine) => machine.DeliveryGroup !== null).length;
  const assigned = machines.filter((machine) => machine.AssociatedUsers.length > 0).length;
  return {
    ...catalog,
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
}

export function deliveryGroupView(data: CustomerData, group: DeliveryGroupRecord) {
  const machines = data.daas.machines.filter((machine) => machine.DeliveryGroup?.Id === group.Id);
  const states = machines.map((machine) => summaryState(data, machine));
  return {
    ...group,
    Delivering:
      group.DeliveryType === 'AppsOnly'
        ? 'Applications'
        : group.DeliveryType === 'DesktopsOnly'
          ? 'Desktops'
          : 'DesktopsAndApplications',
    TotalDesktops: machines.length,
    TotalApplications: data.daas.applications.filter((application) =>
      application.AssociatedDeliveryGroupUuids.includes(group.Id),
    ).length,
    DesktopsAvailable: states.filter((state) => state === 'Available').length,
    DesktopsDisconnected: states.filter((state) => state === 'Disconnected').length,
    DesktopsFaulted: 0,
    DesktopsUnregistered: states.filter((state) => state === 'Unregistered').length,
    SessionCount: data.daas.sessions.filter((session) => session.DeliveryGroup.Id === group.Id).length,
  };
}

export function jobView(url: URL, job: JobRecord, now = Date.now()) {
  const { status, percent, startedAt, endedAt } = jobStatus(job, now);
  const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
  const formatted = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toUTCString());
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
    FormattedCreationTime: formatted(job.createdAt),
    StartTime: iso(startedAt),
    FormattedStartTime: formatted(startedAt),
    EndTime: iso(endedAt),
    FormattedEndTime: formatted(endedAt),
  };
}
