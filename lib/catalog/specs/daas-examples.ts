import { DEMO } from './common';

/** Response examples of the DaaS description, taken from the sandbox's demo customer. */

export const DAAS_DEMO = {
  catalogName: 'Win11-Pooled',
  catalogId: 'af5c27e7-1c40-4a47-a3f7-72a61e927445',
  deliveryGroupName: 'Finance Desktops',
  deliveryGroupId: '04782a3f-94c4-4ae3-a995-a37c49f34af5',
  machineName: 'CONTOSO\\W11-POOL-001',
  machineId: 'b0c90d5e-0775-4605-ac9f-9c391e500aac',
  /** Seeded power states that make each action's example valid. */
  offMachine: 'CONTOSO\\W11-POOL-005',
  onMachine: 'CONTOSO\\W11-POOL-004',
  dedicatedOnMachine: 'CONTOSO\\W10-DEV-002',
  suspendedMachine: 'CONTOSO\\W10-DEV-003',
  sessionId: '36b48993-5971-450b-a10b-ce3fe59121d5',
  otherSessionId: '94759274-4565-4670-a2cf-03a3127e8f38',
  zoneLondon: { Id: '30dc5067-b042-49f4-a0b8-d57518d5579a', Name: 'London DC' },
  zoneEastUs: { Id: '13022227-2184-46e6-aa21-9924b3adb59b', Name: 'Azure East US' },
} as const;

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
  ProductVersion: '7.44.0.25',
  OrchestationApiVersion: '126.0',
  LicensingModel: 'UserDevice',
  LicenseEdition: 'PLT',
  PrimaryZone: DAAS_DEMO.zoneLondon,
  DnsResolutionEnabled: false,
  TrustRequestsSentToTheXmlServicePort: false,
  IsCloudSite: true,
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
  Delivering: 'Desktops',
  SessionSupport: 'SingleSession',
  SharingKind: 'Shared',
  MinimumFunctionalLevel: 'L7_20',
  IsRemotePC: false,
  IsBroken: false,
  RequireUserHomeZone: false,
  AutoscalingEnabled: true,
  MachineLogOnType: 'ActiveDirectory',
  Scopes: [],
  Tags: [],
  TotalDesktops: 6,
  TotalApplications: 0,
  DesktopsAvailable: 0,
  DesktopsDisconnected: 1,
  DesktopsFaulted: 0,
  DesktopsUnregistered: 0,
  SessionCount: 3,
};

export const machineExample = {
  Id: DAAS_DEMO.machineId,
  Name: DAAS_DEMO.machineName,
  DnsName: 'w11-pool-001.corp.contoso.example',
  MachineCatalog: catalogRef,
  DeliveryGroup: groupRef,
  Zone: DAAS_DEMO.zoneEastUs,
  HypervisorConnection: { Id: '6b0950ef-caca-4bb9-a06a-267e54df93a2', Name: 'Azure-EastUS-Conn' },
  HostedMachineName: 'w11-pool-001',
  HostingServerName: 'eastus',
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
  SessionCount: 1,
  SummaryState: 'InUse',
};

export const sessionExample = {
  Id: DAAS_DEMO.sessionId,
  StartTime: '2025-02-11T07:45:00Z',
  StateChangeTime: '2025-02-11T07:45:00Z',
  State: 'Active',
  SessionType: 'Desktop',
  User: {
    Name: 'CONTOSO\\jdoe',
    SamName: 'jdoe',
    PrincipalName: 'jdoe@contoso.example',
    DisplayName: 'Jane Doe',
    Sid: 'S-1-5-21-1004336348-1177238915-682003330-2417',
  },
  Machine: {
    Id: DAAS_DEMO.machineId,
    Name: DAAS_DEMO.machineName,
    DnsName: 'w11-pool-001.corp.contoso.example',
  },
  DeliveryGroup: groupRef,
  Client: { Name: 'LT-JDOE', IPAddress: '192.168.1.40', Version: '24.11.0.63', Platform: 'Mac' },
  Connection: {
    Protocol: 'HDX',
    BrokeringTime: '2025-02-11T07:44:52Z',
    ConnectedViaHostName: 'gateway.contoso.example',
    ConnectedViaIPAddress: '203.0.113.10',
  },
  ApplicationsInUse: [],
  IsAnonymousUser: false,
  LogonInProgress: false,
  LogoffInProgress: false,
  IsHidden: false,
};

export const applicationExample = {
  Id: 'b8cde4d5-b112-4bd7-a0cd-078356945656',
  Name: 'Microsoft Excel',
  PublishedName: 'Microsoft Excel',
  Description: '',
  ApplicationType: 'HostedOnDesktop',
  ApplicationFolder: { Id: 'c3f1e7a2-5b9d-4e60-a8c4-2d7f0b1e9a35', Name: 'Office', FullName: 'Office\\' },
  Enabled: true,
  Visible: true,
  InstalledAppProperties: {
    CommandLineExecutable: 'C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE',
    CommandLineArguments: '',
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
