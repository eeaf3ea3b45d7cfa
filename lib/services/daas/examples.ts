import { seedResourceLocations } from '../resourcelocations/seed';
import { DEMO } from '../shared-schemas';
import { seedDaas } from './seed';
import type { Ref } from './types';

/**
 * Response examples of the DaaS description, derived from the sandbox's seed for the demo customer
 * (never copied from it): "Try it" on the sandbox then hits data that exists, and a change to the
 * seed changes the examples with it. Only ids and names are taken, so examples stay stable while
 * the seed's timestamps follow the clock.
 */
const seed = seedDaas(DEMO.customerId, seedResourceLocations(DEMO.customerId), 0);

function named<T extends Ref>(items: readonly T[], name: string): T {
  const item = items.find((candidate) => candidate.Name === name);
  if (!item) throw new Error(`The DaaS seed has no ${name}`);
  return item;
}

const ref = ({ Id, Name }: Ref) => ({ Id, Name });
const pooledCatalog = named(seed.catalogs, 'Win11-Pooled');
const financeDesktops = named(seed.deliveryGroups, 'Finance Desktops');
const pooled = seed.machines.filter((machine) => machine.MachineCatalog?.Id === pooledCatalog.Id);
const activeSessions = seed.sessions.filter(
  (session) => session.State === 'Active' && pooled.some((machine) => machine.Id === session.Machine?.Id),
);
const firstMachine = (predicate: (machine: (typeof seed.machines)[number]) => boolean) => {
  const machine = seed.machines.find(predicate);
  if (!machine) throw new Error('The DaaS seed has no machine in the state an example needs');
  return machine.Name;
};

export const DAAS_DEMO = {
  catalogName: pooledCatalog.Name,
  catalogId: pooledCatalog.Id,
  deliveryGroupName: financeDesktops.Name,
  deliveryGroupId: financeDesktops.Id,
  machineName: pooled[0]!.Name,
  machineId: pooled[0]!.Id,
  /** Seeded power states that make each action's example valid. */
  offMachine: firstMachine((machine) => machine.PowerState === 'Off'),
  onMachine: firstMachine(
    (machine) =>
      machine.PowerState === 'On' &&
      machine.MachineCatalog?.Id === pooledCatalog.Id &&
      !seed.sessions.some((session) => session.Machine?.Id === machine.Id),
  ),
  dedicatedOnMachine: firstMachine(
    (machine) =>
      machine.PowerState === 'On' &&
      machine.AllocationType === 'Static' &&
      !seed.sessions.some((session) => session.Machine?.Id === machine.Id),
  ),
  suspendedMachine: firstMachine((machine) => machine.PowerState === 'Suspended'),
  sessionId: activeSessions[0]!.Id,
  otherSessionId: activeSessions[1]!.Id,
  appsGroupName: seed.deliveryGroups.find((group) => group.DeliveryType === 'AppsOnly')!.Name,
  zoneLondon: ref(seed.zones[0]!),
  zoneEastUs: ref(seed.zones[1]!),
  /** What a delete can remove: a zone without catalogs, a catalog none of whose machines is delivered. */
  emptyZone: ref(seed.zones.find((zone) => !seed.catalogs.some((catalog) => catalog.Zone.Id === zone.Id))!),
  undeliveredMachine: seed.machines.find(
    (machine) =>
      !machine.DeliveryGroup && !seed.sessions.some((session) => session.Machine?.Id === machine.Id),
  )!.Name,
  undeliveredCatalog: ref(
    seed.catalogs.find(
      (catalog) =>
        !seed.machines.some((machine) => machine.MachineCatalog?.Id === catalog.Id && machine.DeliveryGroup),
    )!,
  ),
};

const catalogRef = { Id: DAAS_DEMO.catalogId, Name: DAAS_DEMO.catalogName };
const groupRef = { Id: DAAS_DEMO.deliveryGroupId, Name: DAAS_DEMO.deliveryGroupName };

export const meExample = {
  UserId: '6f1b3c2a-9d4e-4c57-8a20-5e7b9d1c0f42',
  DisplayName: 'API client 6f1b3c2a',
  ExpiryTime: '5:19:11 AM',
  RefreshExpirationTime: '4:19:11 PM',
  VerifiedEmail: '6f1b3c2a@apiclients.sandbox.local',
  IsCspCustomer: false,
  Customers: [
    {
      Id: DEMO.customerId,
      Name: 'Sandbox customer sandboxdemo01',
      Sites: [{ Id: DEMO.siteId, Name: 'cloudxdsite' }],
    },
  ],
};

export const siteExample = {
  Id: DEMO.siteId,
  Name: 'cloudxdsite',
  ProductCode: 'XDT',
  ProductEdition: 'PLT',
  ProductVersion: '7.44.0.25',
  OrchestationApiVersion: 126,
  ColorDepth: 'TwentyFourBit',
  DefaultDesktopIconId: '1',
  EnabledFeatures: ['AutoscaleSupport', 'RemotePCAccess', 'SessionRecording'],
  SiteServices: [
    { ServiceName: 'Broker', ServiceType: 'Broker', Capabilities: ['Site', 'Desktops', 'Applications'] },
    { ServiceName: 'MachineCreation', ServiceType: 'MCS', Capabilities: ['Provisioning'] },
    { ServiceName: 'Host', ServiceType: 'Hyp', Capabilities: ['HypervisorConnections'] },
  ],
  LicensingModel: 'UserDevice',
  PrimaryZone: DAAS_DEMO.zoneLondon,
  DnsResolutionEnabled: false,
  TrustRequestsSentToTheXmlServicePort: false,
  SiteConfigurationComplete: true,
};

export const zoneExample = {
  ...DAAS_DEMO.zoneEastUs,
  Description: 'Zone for the Azure East US resource location',
  IsPrimary: false,
  IsHealthy: true,
  LastStateChangeTimeInUtc: '2025-01-22T09:20:00Z',
  Metadata: [],
  ResourceLocation: { Id: DEMO.resourceLocationId, Name: 'Azure East US' },
};

export const catalogExample = {
  ...catalogRef,
  FullName: DAAS_DEMO.catalogName,
  Description: 'Pooled Windows 11 desktops, reset at logoff',
  AllocationType: 'Random',
  SessionSupport: 'SingleSession',
  ProvisioningType: 'MCS',
  PersistChanges: 'Discard',
  MachineType: 'Virtual',
  MinimumFunctionalLevel: 'L7_20',
  IsPowerManaged: true,
  IsRemotePC: false,
  IsBroken: false,
  SharingKind: 'Shared',
  Zone: DAAS_DEMO.zoneEastUs,
  AdminFolder: null,
  Scopes: [],
  Errors: [],
  Warnings: [],
  Metadata: [],
  CanRecreateCatalog: false,
  CanRollbackVMImage: false,
  HasBeenPromoted: false,
  TotalCount: 6,
  UsedCount: 6,
  AvailableCount: 0,
  AssignedCount: 0,
  UnassignedCount: 6,
  AvailableAssignedCount: 0,
  AvailableUnassignedCount: 0,
};

export const deliveryGroupExample = {
  ...groupRef,
  FullName: DAAS_DEMO.deliveryGroupName,
  PublishedName: DAAS_DEMO.deliveryGroupName,
  Description: 'Pooled desktops for finance',
  Enabled: true,
  InMaintenanceMode: false,
  DeliveryType: 'DesktopsOnly',
  Delivering: 'DesktopsOnly',
  SessionSupport: 'SingleSession',
  SharingKind: 'Shared',
  MinimumFunctionalLevel: 'L7_20',
  IsRemotePC: false,
  IsBroken: false,
  RequireUserHomeZone: false,
  MachineLogOnType: 'ActiveDirectory',
  Scopes: [],
  ApplicationCompatibility: 'IncompatibleDeliveryType',
  DesktopCompatibility: 'Compatible',
  ApplicationGroupCompatibility: 'IncompatibleDeliveryType',
  HasBeenPromoted: false,
  TotalDesktops: 6,
  TotalApplications: 0,
  DesktopsAvailable: 0,
  DesktopsDisconnected: 1,
  DesktopsFaulted: 0,
  DesktopsUnregistered: 0,
  SessionCount: 3,
};

/** `GET /DeliveryGroups/{nameOrId}` answers the detail model: the list's fields and these. */
export const deliveryGroupDetailExample = {
  ...deliveryGroupExample,
  AutoScaleEnabled: true,
  DesktopsInUse: 2,
  DesktopsNeverRegistered: 0,
  DesktopsPreparing: 0,
  IsPowerManaged: true,
  MachineOperatingSystems: [{ Name: 'Windows 11', Value: 6 }],
  MachineType: 'Virtual',
  MachinesInMaintenanceMode: 1,
  OffMachines: 2,
  RegisteredMachines: 4,
  SecureIcaRequired: false,
  TotalApplicationGroups: 0,
  TotalMachines: 6,
};

export const machineExample = {
  Id: DAAS_DEMO.machineId,
  Name: DAAS_DEMO.machineName,
  DnsName: 'w11-pool-001.corp.contoso.example',
  MachineCatalog: catalogRef,
  DeliveryGroup: groupRef,
  Zone: DAAS_DEMO.zoneEastUs,
  Hosting: {
    HostedMachineId: '5d0e7a31-8c2b-4f19-9a6e-0b7c3d2e1f48',
    HostedMachineName: 'w11-pool-001',
    HostingServerName: 'eastus',
    HypervisorConnection: { Id: '6b0950ef-caca-4bb9-a06a-267e54df93a2', Name: 'Azure-EastUS-Conn' },
  },
  Sid: 'S-1-5-21-1004336348-1177238915-682003330-5000',
  MachineType: 'Virtual',
  ProvisioningType: 'MCS',
  AgentVersion: '2411.0.0.1011',
  OSType: 'Windows 11',
  IPAddress: '10.20.1.10',
  AllocationType: 'Random',
  SessionSupport: 'SingleSession',
  PowerState: 'On',
  RegistrationState: 'Registered',
  InMaintenanceMode: false,
  IsAssigned: false,
  AssociatedUsers: [],
  LastDeregistrationReason: null,
  LastConnectionTime: '2025-02-11T08:33:00Z',
  DeliveryType: 'DesktopsOnly',
  DrainingUntilShutdown: false,
  FaultState: 'None',
  FormattedLastConnectionTime: 'Tue, 11 Feb 2025 08:33:00 GMT',
  PowerActionPending: false,
  SessionCount: 1,
  SummaryState: 'InUse',
};

/** `GET /Machines/{nameOrId}` and the power actions answer the detail model. */
export const machineDetailExample = {
  ...machineExample,
  IsReserved: false,
  SessionsEstablished: 1,
  SessionsPending: 0,
  SecureIcaRequired: false,
  ColorDepth: 'TwentyFourBit',
};

export const sessionExample = {
  Id: DAAS_DEMO.sessionId,
  StartTime: '2025-02-11T07:45:00Z',
  StateChangeTime: '2025-02-11T07:45:00Z',
  State: 'Active',
  SessionType: 'Desktop',
  AppState: 'Desktop',
  User: {
    Name: 'CONTOSO\\jdoe',
    SamName: 'jdoe',
    PrincipalName: 'jdoe@contoso.example',
    DisplayName: 'Jane Doe',
    Sid: 'S-1-5-21-1004336348-1177238915-682003330-2417',
    PropertiesFetched: 15,
  },
  Machine: machineExample,
  Brokering: {
    AutonomouslyBrokered: false,
    Time: '2025-02-11T07:44:52Z',
    DurationMilliseconds: 1200,
    UserName: 'CONTOSO\\jdoe',
    FormattedTime: 'Tue, 11 Feb 2025 07:44:52 GMT',
  },
  Client: { Name: 'LT-JDOE', IPAddress: '192.168.1.40', Version: '24.11.0.63', Platform: 'Mac' },
  Connection: {
    Protocol: 'Hdx',
    ConnectedViaHostName: 'gateway.contoso.example',
    ConnectedViaIP: '203.0.113.10',
  },
  ApplicationsInUse: [],
  IsAnonymousUser: false,
  LogonInProgress: false,
  LogoffInProgress: false,
  IsHidden: false,
  FormattedStartTime: 'Tue, 11 Feb 2025 07:45:00 GMT',
  FormattedStateChangeTime: 'Tue, 11 Feb 2025 07:45:00 GMT',
};

export const applicationExample = {
  Id: 'b8cde4d5-b112-4bd7-a0cd-078356945656',
  Name: 'Microsoft Excel',
  PublishedName: 'Microsoft Excel',
  Description: '',
  ApplicationType: 'HostedOnDesktop',
  ApplicationFolder: { Id: 'c3f1e7a2-5b9d-4e60-a8c4-2d7f0b1e9a35', Name: 'Office' },
  IconId: '4',
  SharingKind: 'Shared',
  ContainerScopes: [],
  Enabled: true,
  Visible: true,
  InstalledAppProperties: {
    CommandLineExecutable: 'C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE',
    CommandLineArguments: null,
    WorkingDirectory: 'C:\\Program Files\\Microsoft Office\\root\\Office16',
  },
  AssociatedDeliveryGroupUuids: ['9e4a1c27-3b58-4f06-a7d2-8c1e5f0b3a64'],
  NumAssociatedDeliveryGroups: 1,
};

export const jobExample = {
  Id: DEMO.jobId,
  Type: 'GetMachineCatalogs',
  OverallProgressPercent: 100,
  IsCancellable: false,
  Parameters: [{ Name: 'async', Value: 'true' }],
  SubJobs: [],
  Status: 'Complete',
  ResultLocation: `https://api.cloud.com/cvad/manage/Jobs/${DEMO.jobId}/Results`,
  ErrorString: null,
  ErrorCode: null,
  ErrorParameters: [],
  CreationTime: '2025-02-11T08:20:00.000Z',
  FormattedCreationTime: 'Tue, 11 Feb 2025 08:20:00 GMT',
  StartTime: '2025-02-11T08:20:01.000Z',
  FormattedStartTime: 'Tue, 11 Feb 2025 08:20:01 GMT',
  EndTime: '2025-02-11T08:20:04.000Z',
  FormattedEndTime: 'Tue, 11 Feb 2025 08:20:04 GMT',
};
