/** Wire-format (PascalCase) records of the DaaS sandbox; derived counts are filled in by the views. */

export interface Ref {
  Id: string;
  Name: string;
}

export interface SiteDetail extends Ref {
  ProductVersion: string;
  OrchestationApiVersion: string;
  LicensingModel: 'Concurrent' | 'UserDevice';
  LicenseEdition: 'PLT' | 'ENT' | 'ADV';
  PrimaryZone: Ref;
  DnsResolutionEnabled: boolean;
  TrustRequestsSentToTheXmlServicePort: boolean;
  IsCloudSite: boolean;
}

export interface ZoneRecord extends Ref {
  Description: string;
  IsPrimary: boolean;
  IsHealthy: boolean;
  LastStateChangeTimeInUtc: string;
  Metadata: { Name: string; Value: string }[];
  ResourceLocation: Ref;
}

export type AllocationType = 'Random' | 'Static';
export type SessionSupport = 'SingleSession' | 'MultiSession';

export interface CatalogRecord extends Ref {
  FullName: string;
  Description: string;
  AllocationType: AllocationType;
  SessionSupport: SessionSupport;
  ProvisioningType: 'MCS' | 'Manual' | 'PVS';
  PersistChanges: 'Discard' | 'OnLocal';
  MachineType: 'Virtual' | 'Physical';
  MinimumFunctionalLevel: string;
  IsPowerManaged: boolean;
  IsRemotePC: boolean;
  IsBroken: boolean;
  SharingKind: 'Shared' | 'Private';
  Zone: Ref;
  AdminFolder: { Id: string; Name: string; FullName: string } | null;
  Scopes: Ref[];
  Errors: string[];
  Warnings: string[];
  Metadata: { Name: string; Value: string }[];
}

export interface DeliveryGroupRecord extends Ref {
  FullName: string;
  PublishedName: string;
  Description: string;
  Enabled: boolean;
  InMaintenanceMode: boolean;
  DeliveryType: 'DesktopsOnly' | 'AppsOnly' | 'DesktopsAndApps';
  SessionSupport: SessionSupport;
  SharingKind: 'Shared' | 'Private';
  MinimumFunctionalLevel: string;
  IsRemotePC: boolean;
  IsBroken: boolean;
  RequireUserHomeZone: boolean;
  AutoscalingEnabled: boolean;
  MachineLogOnType: 'ActiveDirectory' | 'LocalMappedAccount';
  Scopes: Ref[];
  Tags: Ref[];
}

export type PowerState =
  | 'Unknown'
  | 'Unavailable'
  | 'Off'
  | 'On'
  | 'Suspended'
  | 'TurningOn'
  | 'TurningOff'
  | 'Suspending'
  | 'Resuming'
  | 'Unmanaged';
export type RegistrationState = 'Unknown' | 'Registered' | 'Unregistered' | 'Initializing' | 'AgentError';

export interface MachineRecord extends Ref {
  DnsName: string;
  MachineCatalog: Ref;
  DeliveryGroup: Ref | null;
  Zone: Ref;
  HypervisorConnection: Ref | null;
  HostedMachineName: string | null;
  HostingServerName: string | null;
  AgentVersion: string;
  OSType: string;
  IPAddress: string;
  AllocationType: AllocationType;
  SessionSupport: SessionSupport;
  PowerState: PowerState;
  RegistrationState: RegistrationState;
  InMaintenanceMode: boolean;
  IsAssigned: boolean;
  AssociatedUsers: { Name: string; SamName: string; PrincipalName: string }[];
  LastDeregistrationReason: string | null;
  LastConnectionTime: string | null;
}

export interface UserRef {
  Name: string;
  SamName: string;
  PrincipalName: string;
  DisplayName: string;
  Sid: string;
}

export interface SessionRecord {
  Id: string;
  StartTime: string;
  StateChangeTime: string;
  State: 'Active' | 'Disconnected' | 'Connected' | 'PreparingSession';
  SessionType: 'Desktop' | 'Application';
  User: UserRef;
  Machine: { Id: string; Name: string; DnsName: string };
  DeliveryGroup: Ref;
  Client: { Name: string; IPAddress: string; Version: string; Platform: string };
  Connection: {
    Protocol: 'HDX';
    BrokeringTime: string;
    ConnectedViaHostName: string;
    ConnectedViaIPAddress: string;
  };
  ApplicationsInUse: Ref[];
  IsAnonymousUser: boolean;
  LogonInProgress: boolean;
  LogoffInProgress: boolean;
  IsHidden: boolean;
}

export interface ApplicationRecord extends Ref {
  PublishedName: string;
  Description: string;
  ApplicationType: 'HostedOnDesktop' | 'InstalledOnClient';
  ApplicationFolder: { Id: string; Name: string; FullName: string };
  Enabled: boolean;
  Visible: boolean;
  InstalledAppProperties: {
    CommandLineExecutable: string;
    CommandLineArguments: string;
    WorkingDirectory: string;
  };
  AssociatedDeliveryGroupUuids: string[];
  NumAssociatedDeliveryGroups: number;
}

export type JobStatus = 'NotStarted' | 'InProgress' | 'Complete' | 'Failed' | 'Canceled';

export interface JobRecord {
  Id: string;
  Type: string;
  Parameters: { Name: string; Value: string }[];
  createdAt: number;
  /** Milliseconds spent NotStarted, then InProgress, before it completes. */
  queuedMs: number;
  runMs: number;
  /** What `GET /Jobs/{id}/Results` answers once complete. */
  result: unknown;
  /** Applied once, the first time the job is seen complete (e.g. a power state lands). */
  applied: boolean;
  onComplete?: () => void;
}
