/** Wire-format (PascalCase) records of the DaaS sandbox; derived counts are filled in by the views. */

export interface Ref {
  Id: string;
  Name: string;
}

/** Citrix's `SiteDetailResponseModel` (the fields the sandbox fills). */
export interface SiteDetail extends Ref {
  ProductCode: string;
  ProductEdition: 'PLT' | 'ENT' | 'ADV';
  ProductVersion: string;
  /** An int32 in Citrix's model: the official Go client decodes it as an integer. */
  OrchestationApiVersion: number;
  ColorDepth: 'TwentyFourBit';
  DefaultDesktopIconId: string;
  EnabledFeatures: string[];
  SiteServices: { ServiceName: string; ServiceType: string; Capabilities: string[] }[];
  LicensingModel: 'Concurrent' | 'UserDevice';
  PrimaryZone: Ref;
  DnsResolutionEnabled: boolean;
  TrustRequestsSentToTheXmlServicePort: boolean;
  SiteConfigurationComplete: boolean;
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
export type ProvisioningType = 'MCS' | 'Manual' | 'PVS';
export type DeliveryKind = 'DesktopsOnly' | 'AppsOnly' | 'DesktopsAndApps';
export type SessionSupport = 'SingleSession' | 'MultiSession';

export interface CatalogRecord extends Ref {
  FullName: string;
  Description: string;
  AllocationType: AllocationType;
  SessionSupport: SessionSupport;
  ProvisioningType: ProvisioningType;
  PersistChanges: 'Discard' | 'OnLocal';
  MachineType: 'Virtual' | 'Physical';
  MinimumFunctionalLevel: string;
  IsPowerManaged: boolean;
  IsRemotePC: boolean;
  IsBroken: boolean;
  SharingKind: 'Shared' | 'Private';
  Zone: Ref;
  AdminFolder: { Id: string; Name: string; FullName: string } | null;
  Scopes: ScopeRef[];
  Errors: string[];
  Warnings: { Id: string; Message: string }[];
  Metadata: { Name: string; Value: string }[];
}

export interface DeliveryGroupRecord extends Ref {
  FullName: string;
  PublishedName: string;
  Description: string;
  Enabled: boolean;
  InMaintenanceMode: boolean;
  DeliveryType: DeliveryKind;
  SessionSupport: SessionSupport;
  SharingKind: 'Shared' | 'Private';
  MinimumFunctionalLevel: string;
  IsRemotePC: boolean;
  IsBroken: boolean;
  RequireUserHomeZone: boolean;
  /** Citrix's name (detail model only). */
  AutoScaleEnabled: boolean;
  MachineLogOnType: 'ActiveDirectory' | 'LocalMappedAccount';
  Scopes: ScopeRef[];
}

/** Citrix's `ScopeResponseModel`. */
export interface ScopeRef extends Ref {
  IsAllScope: boolean;
  IsBuiltIn: boolean;
  IsTenantScope: boolean;
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
  /** Citrix's `Hosting` (null for an unmanaged machine such as a Remote PC). */
  Hosting: {
    HostedMachineId: string;
    HostedMachineName: string;
    HostingServerName: string;
    HypervisorConnection: Ref;
  } | null;
  /** The machine account's SID. */
  Sid: string;
  MachineType: 'Virtual' | 'Physical';
  ProvisioningType: ProvisioningType;
  AgentVersion: string;
  OSType: string;
  IPAddress: string;
  AllocationType: AllocationType;
  SessionSupport: SessionSupport;
  PowerState: PowerState;
  RegistrationState: RegistrationState;
  InMaintenanceMode: boolean;
  IsAssigned: boolean;
  AssociatedUsers: IdentityUser[];
  LastDeregistrationReason: string | null;
  LastConnectionTime: string | null;
}

/** Citrix's `IdentityUserResponseModel` (the fields the sandbox fills). */
export interface IdentityUser {
  Name: string;
  SamName: string;
  PrincipalName: string;
  DisplayName: string;
  Sid: string;
  /** Citrix's bit set of which directory properties were looked up. */
  PropertiesFetched: number;
}
export type UserRef = IdentityUser;

export interface SessionRecord {
  Id: string;
  StartTime: string;
  StateChangeTime: string;
  State: 'Active' | 'Disconnected' | 'Connected';
  SessionType: 'Desktop' | 'Application';
  AppState: 'Active' | 'Desktop';
  User: UserRef;
  /** The machine the session runs on; the view renders it as Citrix's full machine model. */
  Machine: { Id: string; Name: string; DnsName: string };
  Brokering: { AutonomouslyBrokered: boolean; Time: string; DurationMilliseconds: number; UserName: string };
  Client: { Name: string; IPAddress: string; Version: string; Platform: string };
  Connection: {
    Protocol: 'Hdx';
    ConnectedViaHostName: string;
    ConnectedViaIP: string;
  };
  ApplicationsInUse: Ref[];
  IsAnonymousUser: boolean;
  LogonInProgress: boolean;
  LogoffInProgress: boolean;
  IsHidden: boolean;
}

export interface ApplicationRecord extends Ref {
  PublishedName: string;
  /** Only the detail model shows it; set by an edit (else derived from the name). */
  BrowserName?: string;
  Description: string;
  ApplicationType: 'HostedOnDesktop' | 'InstalledOnClient';
  ApplicationFolder: Ref;
  IconId: string;
  SharingKind: 'Shared' | 'Private';
  ContainerScopes: never[];
  Enabled: boolean;
  Visible: boolean;
  InstalledAppProperties: {
    CommandLineExecutable: string;
    /** Null when there are none: Citrix's model requires at least one character. */
    CommandLineArguments: string | null;
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
