import type { ServiceHandlers } from '@/lib/sandbox/handler';
import { isoSeconds } from '@/lib/sandbox/random';

import { daasData } from '../daas/handlers/common';
import { odataCollection, type EntitySetDefinition } from './odata';
import {
  liveApplicationInstances,
  monitorMachine,
  monitorSession,
  monitorUsers,
  type ODataEntity,
} from './seed';

const MACHINES: EntitySetDefinition = {
  name: 'Machines',
  typeName: 'Citrix.Monitor.Repository.V2.Model.Machine',
  properties: {
    Id: 'Edm.Guid',
    Sid: 'Edm.String',
    Name: 'Edm.String',
    DnsName: 'Edm.String',
    LifecycleState: 'Edm.Int32',
    IPAddress: 'Edm.String',
    HostedMachineId: 'Edm.String',
    HostedMachineName: 'Edm.String',
    HostingServerName: 'Edm.String',
    HypervisorId: 'Edm.Guid',
    IsAssigned: 'Edm.Boolean',
    IsInMaintenanceMode: 'Edm.Boolean',
    IsPendingUpdate: 'Edm.Boolean',
    AgentVersion: 'Edm.String',
    AssociatedUserNames: 'Edm.String',
    CatalogId: 'Edm.Guid',
    DesktopGroupId: 'Edm.Guid',
    CurrentRegistrationState: 'Edm.Int32',
    CurrentPowerState: 'Edm.Int32',
    CurrentSessionCount: 'Edm.Int32',
    FaultState: 'Edm.Int32',
    OSType: 'Edm.String',
    CreatedDate: 'Edm.DateTimeOffset',
    ModifiedDate: 'Edm.DateTimeOffset',
  },
  navigation: [],
};

const SESSIONS: EntitySetDefinition = {
  name: 'Sessions',
  typeName: 'Citrix.Monitor.Repository.V2.Model.Session',
  properties: {
    SessionKey: 'Edm.Guid',
    StartDate: 'Edm.DateTimeOffset',
    EndDate: 'Edm.DateTimeOffset',
    ExitCode: 'Edm.Int32',
    FailureDate: 'Edm.DateTimeOffset',
    ConnectionState: 'Edm.Int32',
    ConnectionStateChangeDate: 'Edm.DateTimeOffset',
    LifecycleState: 'Edm.Int32',
    SessionType: 'Edm.Int32',
    IsAnonymous: 'Edm.Boolean',
    UserId: 'Edm.Int32',
    MachineId: 'Edm.Guid',
    LogOnDuration: 'Edm.Int32',
    CreatedDate: 'Edm.DateTimeOffset',
    ModifiedDate: 'Edm.DateTimeOffset',
  },
  navigation: ['ApplicationInstances', 'User', 'Machine'],
};

const USERS: EntitySetDefinition = {
  name: 'Users',
  typeName: 'Citrix.Monitor.Repository.V2.Model.User',
  properties: {
    Id: 'Edm.Int32',
    Sid: 'Edm.String',
    Upn: 'Edm.String',
    UserName: 'Edm.String',
    FullName: 'Edm.String',
    Domain: 'Edm.String',
    CreatedDate: 'Edm.DateTimeOffset',
    ModifiedDate: 'Edm.DateTimeOffset',
  },
  navigation: [],
};

const CONNECTION_FAILURE_LOGS: EntitySetDefinition = {
  name: 'ConnectionFailureLogs',
  typeName: 'Citrix.Monitor.Repository.V2.Model.ConnectionFailureLog',
  properties: {
    Id: 'Edm.Int32',
    SessionKey: 'Edm.Guid',
    FailureDate: 'Edm.DateTimeOffset',
    ConnectionFailureEnumValue: 'Edm.Int32',
    UserId: 'Edm.Int32',
    MachineId: 'Edm.Guid',
    BrokeringUserName: 'Edm.String',
    CreatedDate: 'Edm.DateTimeOffset',
    ModifiedDate: 'Edm.DateTimeOffset',
  },
  navigation: ['User', 'Machine'],
};

const LOAD_INDEXES: EntitySetDefinition = {
  name: 'LoadIndexes',
  typeName: 'Citrix.Monitor.Repository.V2.Model.LoadIndex',
  properties: {
    Id: 'Edm.Int32',
    MachineId: 'Edm.Guid',
    EffectiveLoadIndex: 'Edm.Int32',
    Cpu: 'Edm.Int32',
    Memory: 'Edm.Int32',
    Disk: 'Edm.Int32',
    Network: 'Edm.Int32',
    SessionCount: 'Edm.Int32',
    CreatedDate: 'Edm.DateTimeOffset',
  },
  navigation: ['Machine'],
};

type CustomerDaas = ReturnType<typeof daasData>;

/** Every machine the Monitor database knows, live ones projected from DaaS, by Id. */
function monitorMachines(data: CustomerDaas): ODataEntity[] {
  const created = isoSeconds(data.seededAt - 200 * 86_400_000);
  const live = data.daas.machines.map((machine) =>
    monitorMachine(
      machine,
      data.daas.sessions.filter((session) => session.Machine.Id === machine.Id).length,
      created,
    ),
  );
  return [...live, ...data.monitor.deletedMachines];
}

/**
 * Adds the single-valued navigation properties `User` and `Machine` to each row, so `$expand`
 * can name them (unexpanded, the projection leaves them out).
 */
function withUserAndMachine(rows: ODataEntity[], data: CustomerDaas): ODataEntity[] {
  const users = new Map(monitorUsers(data.customerId, data.seededAt).map((user) => [user.Id, user]));
  const machines = new Map(monitorMachines(data).map((machine) => [machine.Id, machine]));
  return rows.map((row) => {
    const user = users.get(row.UserId as number);
    const machine = machines.get(row.MachineId as string);
    return { ...row, User: user ?? null, Machine: machine ?? null };
  });
}

export const monitorodataHandlers: ServiceHandlers = {
  customer: 'header',
  operations: {
    OData_GetMachines: ({ url, customerId }) =>
      odataCollection(url, MACHINES, monitorMachines(daasData(customerId))),
    OData_GetSessions: ({ url, customerId }) => {
      const data = daasData(customerId);
      const live = data.daas.sessions.map((session) =>
        monitorSession(session, liveApplicationInstances(session)),
      );
      return odataCollection(
        url,
        SESSIONS,
        withUserAndMachine([...live, ...data.monitor.endedSessions], data),
      );
    },
    OData_GetUsers: ({ url, customerId }) => {
      const data = daasData(customerId);
      return odataCollection(url, USERS, monitorUsers(data.customerId, data.seededAt));
    },
    OData_GetConnectionFailureLogs: ({ url, customerId }) => {
      const data = daasData(customerId);
      // Newest first, as a failure log is read.
      return odataCollection(
        url,
        CONNECTION_FAILURE_LOGS,
        withUserAndMachine(data.monitor.connectionFailures ?? [], data),
      );
    },
    OData_GetLoadIndexes: ({ url, customerId }) => {
      const data = daasData(customerId);
      return odataCollection(url, LOAD_INDEXES, withUserAndMachine(data.monitor.loadIndexes ?? [], data));
    },
  },
};
