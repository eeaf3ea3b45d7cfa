import { liveApplicationInstances, monitorMachine, monitorSession } from '../data/monitor';
import { isoSeconds } from '../data/random';
import type { SandboxRoute } from '../route-table';
import { daasData } from './daas-common';
import { odataCollection, type EntitySetDefinition } from './odata';

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
  navigation: ['ApplicationInstances'],
};

export const monitorodataRoutes: SandboxRoute[] = [
  {
    method: 'GET',
    pattern: '/monitorodata/Machines',
    customer: 'header',
    handler: ({ url, customerId }) => {
      const data = daasData(customerId);
      const created = isoSeconds(data.seededAt - 200 * 86_400_000);
      const live = data.daas.machines.map((machine) =>
        monitorMachine(
          machine,
          data.daas.sessions.filter((session) => session.Machine.Id === machine.Id).length,
          created,
        ),
      );
      return odataCollection(url, MACHINES, [...live, ...data.monitor.deletedMachines]);
    },
  },
  {
    method: 'GET',
    pattern: '/monitorodata/Sessions',
    customer: 'header',
    handler: ({ url, customerId }) => {
      const data = daasData(customerId);
      const live = data.daas.sessions.map((session) =>
        monitorSession(session, liveApplicationInstances(session)),
      );
      return odataCollection(url, SESSIONS, [...live, ...data.monitor.endedSessions]);
    },
  },
];
