import { isoSeconds, pick, seededRandom, seededUuid } from '@/lib/sandbox/random';

import { DEMO_USERS, type DaasData } from '../daas/seed';
import type { MachineRecord, PowerState, RegistrationState, SessionRecord } from '../daas/types';

/**
 * Monitor Service OData entities. Current machines and sessions are projected from the live DaaS
 * data (so a power action shows here too); ended sessions and deleted machines are seeded history.
 * Enums are integers, as in the Monitor model.
 */

export interface ODataEntity {
  [key: string]: string | number | boolean | null | ODataEntity | ODataEntity[];
}

export interface MonitorHistory {
  deletedMachines: ODataEntity[];
  endedSessions: ODataEntity[];
  /** Absent from data seeded before these sets existed (a Redis-backed sandbox): read with `?? []`. */
  connectionFailures?: ODataEntity[];
  loadIndexes?: ODataEntity[];
}

const POWER: Record<PowerState, number> = {
  Unknown: 0,
  Unavailable: 1,
  Off: 2,
  On: 3,
  Suspended: 4,
  TurningOn: 5,
  TurningOff: 6,
  Suspending: 7,
  Resuming: 8,
  Unmanaged: 9,
};
const REGISTRATION: Record<RegistrationState, number> = {
  Unknown: 0,
  Registered: 1,
  Unregistered: 2,
  Initializing: 0,
  AgentError: 2,
};
const CONNECTION: Record<SessionRecord['State'], number> = {
  Connected: 1,
  Disconnected: 2,
  Active: 5,
};
const HOUR = 3_600_000;

export const userIdOf = (samName: string) =>
  Math.max(1, DEMO_USERS.findIndex(([sam]) => sam === samName) + 1);

export function monitorMachine(
  machine: MachineRecord,
  sessionCount: number,
  createdDate: string,
): ODataEntity {
  return {
    Id: machine.Id,
    Sid: `S-1-5-21-1004336348-1177238915-682003330-${parseInt(machine.Id.slice(0, 4), 16)}`,
    Name: machine.Name,
    DnsName: machine.DnsName,
    LifecycleState: 0,
    IPAddress: machine.IPAddress,
    HostedMachineId: machine.Hosting ? seededUuid(`hosted/${machine.Id}`) : null,
    HostedMachineName: machine.Hosting?.HostedMachineName ?? null,
    HostingServerName: machine.Hosting?.HostingServerName ?? null,
    HypervisorId: machine.Hosting?.HypervisorConnection.Id ?? null,
    IsAssigned: machine.IsAssigned,
    IsInMaintenanceMode: machine.InMaintenanceMode,
    IsPendingUpdate: false,
    AgentVersion: machine.AgentVersion,
    AssociatedUserNames: machine.AssociatedUsers.map((user) => user.Name).join(',') || null,
    CatalogId: machine.MachineCatalog.Id,
    DesktopGroupId: machine.DeliveryGroup?.Id ?? null,
    CurrentRegistrationState: REGISTRATION[machine.RegistrationState],
    CurrentPowerState: POWER[machine.PowerState],
    CurrentSessionCount: sessionCount,
    FaultState: 0,
    OSType: machine.OSType,
    CreatedDate: createdDate,
    ModifiedDate: machine.LastConnectionTime ?? createdDate,
  };
}

export function monitorSession(session: SessionRecord, applicationInstances: ODataEntity[]): ODataEntity {
  return {
    SessionKey: session.Id,
    StartDate: session.StartTime,
    EndDate: null,
    ExitCode: null,
    FailureDate: null,
    ConnectionState: CONNECTION[session.State],
    ConnectionStateChangeDate: session.StateChangeTime,
    LifecycleState: 0,
    SessionType: session.SessionType === 'Application' ? 1 : 0,
    IsAnonymous: session.IsAnonymousUser,
    UserId: userIdOf(session.User.SamName),
    MachineId: session.Machine.Id,
    LogOnDuration: 14_000 + (parseInt(session.Id.slice(0, 3), 16) % 30_000),
    CreatedDate: session.StartTime,
    ModifiedDate: session.StateChangeTime,
    ApplicationInstances: applicationInstances,
  };
}

/** Application instances of a live session, from the applications it has open. */
export function liveApplicationInstances(session: SessionRecord): ODataEntity[] {
  return session.ApplicationsInUse.map((application, index) => ({
    Id: parseInt(session.Id.slice(0, 6), 16) * 10 + index,
    StartDate: session.StartTime,
    EndDate: null,
    ApplicationId: application.Id,
    SessionKey: session.Id,
    CreatedDate: session.StartTime,
    ModifiedDate: session.StateChangeTime,
  }));
}

export const ENDED_SESSION_COUNT = 140;

export function seedMonitorHistory(customerId: string, daas: DaasData, now: number): MonitorHistory {
  const random = seededRandom(`${customerId}/monitor`);
  const candidates = daas.machines.filter((machine) => machine.DeliveryGroup !== null);
  const endedSessions: ODataEntity[] = [];
  for (let index = 0; index < ENDED_SESSION_COUNT; index++) {
    const machine = pick(random, candidates);
    const [sam] = pick(random, DEMO_USERS);
    const start = now - Math.floor((index + 1) * 4 * HOUR + random() * 3 * HOUR);
    const end = start + Math.floor(20 * 60_000 + random() * 6 * HOUR);
    const key = seededUuid(`${customerId}/monitor/session/${index}`);
    const isApp = machine.SessionSupport === 'MultiSession';
    const apps = isApp
      ? daas.applications.filter((application) =>
          application.AssociatedDeliveryGroupUuids.includes(machine.DeliveryGroup!.Id),
        )
      : [];
    const opened = apps.length > 0 ? [pick(random, apps)] : [];
    endedSessions.push({
      SessionKey: key,
      StartDate: isoSeconds(start),
      EndDate: isoSeconds(end),
      ExitCode: 0,
      FailureDate: null,
      ConnectionState: 3,
      ConnectionStateChangeDate: isoSeconds(end),
      LifecycleState: 0,
      SessionType: isApp ? 1 : 0,
      IsAnonymous: false,
      UserId: userIdOf(sam),
      MachineId: machine.Id,
      LogOnDuration: Math.floor(9_000 + random() * 40_000),
      CreatedDate: isoSeconds(start),
      ModifiedDate: isoSeconds(end),
      ApplicationInstances: opened.map((application, appIndex) => ({
        Id: 500_000 + index * 10 + appIndex,
        StartDate: isoSeconds(start + 30_000),
        EndDate: isoSeconds(end),
        ApplicationId: application.Id,
        SessionKey: key,
        CreatedDate: isoSeconds(start + 30_000),
        ModifiedDate: isoSeconds(end),
      })),
    });
  }
  endedSessions.push(...seedRecentSessions(customerId, candidates, now));
  const deletedMachines = ['W11-POOL-OLD-01', 'W11-POOL-OLD-02'].map((name, index) => ({
    ...monitorMachine(
      {
        ...candidates[0]!,
        Id: seededUuid(`${customerId}/monitor/deleted/${index}`),
        Name: `CONTOSO\\${name}`,
        DnsName: `${name.toLowerCase()}.corp.contoso.example`,
        PowerState: 'Unknown',
        RegistrationState: 'Unregistered',
        DeliveryGroup: null,
      },
      0,
      isoSeconds(now - 90 * 24 * HOUR),
    ),
    LifecycleState: 1,
  }));
  return { deletedMachines, endedSessions, ...seedMonitorActivity(customerId, daas, now) };
}

/** The Monitor `Users` of the demo directory; `Id` is what sessions carry as `UserId`. */
export function monitorUsers(customerId: string, seededAt: number): ODataEntity[] {
  return DEMO_USERS.map(([sam, fullName]) => ({
    Id: userIdOf(sam),
    Sid: `S-1-5-21-1004336348-1177238915-682003330-${parseInt(seededUuid(`${customerId}/user/${sam}`).slice(0, 4), 16)}`,
    Upn: `${sam}@contoso.example`,
    UserName: sam,
    FullName: fullName,
    Domain: 'CONTOSO',
    CreatedDate: isoSeconds(seededAt - 300 * 24 * HOUR),
    ModifiedDate: isoSeconds(seededAt - 300 * 24 * HOUR),
  }));
}

export const RECENT_SESSION_COUNT = 18;

/**
 * Ended sessions of the last 24 hours, one every 80 minutes or so, logons from 8 to 60 seconds:
 * enough for "who logged on slowly today" to have an answer and a chart. A random stream of their
 * own, so the older history stays exactly as it was.
 */
function seedRecentSessions(
  customerId: string,
  candidates: readonly MachineRecord[],
  now: number,
): ODataEntity[] {
  const random = seededRandom(`${customerId}/monitor/recent`);
  return Array.from({ length: RECENT_SESSION_COUNT }, (_, index) => {
    const machine = pick(random, candidates);
    const [sam] = pick(random, DEMO_USERS);
    const start = now - Math.floor((index + 0.5) * 80 * 60_000 + random() * 20 * 60_000);
    const end = Math.min(now - 60_000, start + Math.floor(15 * 60_000 + random() * 2 * HOUR));
    const key = seededUuid(`${customerId}/monitor/recent/${index}`);
    return {
      SessionKey: key,
      StartDate: isoSeconds(start),
      EndDate: isoSeconds(end),
      ExitCode: 0,
      FailureDate: null,
      ConnectionState: 3,
      ConnectionStateChangeDate: isoSeconds(end),
      LifecycleState: 0,
      SessionType: machine.SessionSupport === 'MultiSession' ? 1 : 0,
      IsAnonymous: false,
      UserId: userIdOf(sam),
      MachineId: machine.Id,
      LogOnDuration: Math.floor(8_000 + random() * 52_000),
      CreatedDate: isoSeconds(start),
      ModifiedDate: isoSeconds(end),
      ApplicationInstances: [],
    };
  });
}

export const CONNECTION_FAILURE_COUNT = 30;
/** SessionFailureCode values a pooled estate typically logs (RegistrationTimeout, ConnectionTimeout, …). */
const FAILURE_CODES = [3, 4, 5, 9, 12, 13, 18] as const;
export const LOAD_SAMPLES_PER_MACHINE = 6;

/**
 * Connection failures over the last 7 days and load samples of the last 24 hours. Each has its own
 * random stream, so the sessions and machines seeded before them stay exactly as they were.
 */
export function seedMonitorActivity(
  customerId: string,
  daas: DaasData,
  now: number,
): Required<Pick<MonitorHistory, 'connectionFailures' | 'loadIndexes'>> {
  const failures = seededRandom(`${customerId}/monitor/failures`);
  const pooled = daas.machines.filter((machine) => machine.DeliveryGroup !== null);
  const connectionFailures: ODataEntity[] = [];
  for (let index = 0; index < CONNECTION_FAILURE_COUNT; index++) {
    const machine = pick(failures, pooled);
    const [sam] = pick(failures, DEMO_USERS);
    // Spread over 7 days, a few in the last 24 hours; never in the future.
    const at = now - Math.floor((index + 0.5) * 5.5 * HOUR + failures() * 2 * HOUR);
    connectionFailures.push({
      Id: 9000 + index,
      SessionKey: seededUuid(`${customerId}/monitor/failure/${index}`),
      FailureDate: isoSeconds(at),
      ConnectionFailureEnumValue: pick(failures, FAILURE_CODES),
      UserId: userIdOf(sam),
      MachineId: machine.Id,
      BrokeringUserName: `CONTOSO\\${sam}`,
      CreatedDate: isoSeconds(at),
      ModifiedDate: isoSeconds(at),
    });
  }
  const load = seededRandom(`${customerId}/monitor/load`);
  const loadIndexes: ODataEntity[] = [];
  for (const [machineIndex, machine] of pooled.entries()) {
    for (let sample = 0; sample < LOAD_SAMPLES_PER_MACHINE; sample++) {
      const at = now - (sample * 4 + 1) * HOUR;
      const cpu = Math.floor(5 + load() * 90);
      const memory = Math.floor(20 + load() * 75);
      loadIndexes.push({
        Id: 70_000 + machineIndex * 100 + sample,
        MachineId: machine.Id,
        EffectiveLoadIndex: Math.floor(Math.max(cpu, memory) * 100),
        Cpu: cpu,
        Memory: memory,
        Disk: Math.floor(load() * 60),
        Network: Math.floor(load() * 40),
        SessionCount: Math.floor(load() * 6),
        CreatedDate: isoSeconds(at),
      });
    }
  }
  return { connectionFailures, loadIndexes };
}
