import { DEMO, json, schemaRef } from './common';

/** Component schemas, parameters and responses of the DaaS description (PascalCase, like DaaS). */

const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };
const bool = { type: 'boolean' };
const int = { type: 'integer' };
const ref = schemaRef('RefModel');
const nullableRef = { oneOf: [ref, { type: 'null' }] };
const listOf = (item: string) => ({
  type: 'object',
  properties: { Items: { type: 'array', items: schemaRef(item) }, ContinuationToken: { ...nullableStr, description: 'Pass back as `continuationToken` for the next page.' } },
  required: ['Items'],
});

export const DAAS_SCHEMAS = {
  ErrorData: {
    type: 'object',
    description: 'DaaS error body.',
    properties: {
      ErrorMessage: str,
      SdkErrorId: { type: 'string', minLength: 1 },
      ErrorType: nullableStr,
      ErrorDetails: nullableStr,
      SupportLink: nullableStr,
    },
    required: ['SdkErrorId'],
  },
  RefModel: { type: 'object', properties: { Id: str, Name: str }, required: ['Id', 'Name'] },
  NameValue: { type: 'object', properties: { Name: str, Value: str } },
  AllocationType: { type: 'string', enum: ['Random', 'Static'] },
  SessionSupport: { type: 'string', enum: ['SingleSession', 'MultiSession'] },
  PowerState: { type: 'string', enum: ['Unknown', 'Unavailable', 'Off', 'On', 'Suspended', 'TurningOn', 'TurningOff', 'Suspending', 'Resuming', 'Unmanaged'] },
  RegistrationState: { type: 'string', enum: ['Unknown', 'Registered', 'Unregistered', 'Initializing', 'AgentError'] },
  JobStatus: { type: 'string', enum: ['Unknown', 'NotStarted', 'InProgress', 'Complete', 'CompleteWithWarning', 'Failed', 'Canceled', 'NonTerminatingError'] },
  MeResponse: {
    type: 'object',
    properties: {
      UserId: str,
      DisplayName: str,
      ExpiryTime: str,
      RefreshExpirationTime: str,
      VerifiedEmail: str,
      IsCspCustomer: bool,
      Customers: {
        type: 'array',
        items: { type: 'object', properties: { Id: str, Name: nullableStr, Sites: { type: 'array', items: ref } } },
      },
    },
  },
  Site: {
    type: 'object',
    properties: {
      Id: { type: 'string', format: 'uuid' },
      Name: str,
      ProductVersion: str,
      OrchestationApiVersion: str,
      LicensingModel: { type: 'string', enum: ['Concurrent', 'UserDevice'] },
      LicenseEdition: { type: 'string', enum: ['PLT', 'ENT', 'ADV'] },
      PrimaryZone: ref,
      DnsResolutionEnabled: bool,
      TrustRequestsSentToTheXmlServicePort: bool,
      IsCloudSite: bool,
    },
    required: ['Id', 'Name'],
  },
  SiteList: { type: 'object', properties: { Items: { type: 'array', items: schemaRef('Site') } }, required: ['Items'] },
  Zone: {
    type: 'object',
    properties: { Id: str, Name: str, Description: str, IsPrimary: bool, IsHealthy: bool, LastStateChangeTimeInUtc: { type: 'string', format: 'date-time' }, Metadata: { type: 'array', items: schemaRef('NameValue') }, ResourceLocation: ref },
  },
  ZoneList: { type: 'object', properties: { Items: { type: 'array', items: schemaRef('Zone') } }, required: ['Items'] },
  MachineCatalog: {
    type: 'object',
    properties: {
      Id: str, Name: str, FullName: str, Description: str,
      AllocationType: schemaRef('AllocationType'),
      SessionSupport: schemaRef('SessionSupport'),
      ProvisioningType: { type: 'string', enum: ['MCS', 'Manual', 'PVS'] },
      PersistChanges: { type: 'string', enum: ['Discard', 'OnLocal'] },
      MachineType: { type: 'string', enum: ['Virtual', 'Physical'] },
      MinimumFunctionalLevel: str,
      IsPowerManaged: bool, IsRemotePC: bool, IsBroken: bool,
      SharingKind: { type: 'string', enum: ['Shared', 'Private'] },
      Zone: ref,
      AdminFolder: { type: ['object', 'null'] },
      Scopes: { type: 'array', items: ref },
      Errors: { type: 'array', items: str },
      Warnings: { type: 'array', items: str },
      Metadata: { type: 'array', items: schemaRef('NameValue') },
      TotalCount: int, UsedCount: int, AvailableCount: int, AssignedCount: int, UnassignedCount: int, AvailableAssignedCount: int, AvailableUnassignedCount: int,
    },
    required: ['Id', 'Name'],
  },
  MachineCatalogList: listOf('MachineCatalog'),
  CreateMachineCatalogRequest: {
    type: 'object',
    properties: {
      Name: { type: 'string', maxLength: 64 },
      Description: str,
      AllocationType: schemaRef('AllocationType'),
      SessionSupport: schemaRef('SessionSupport'),
      ProvisioningType: { type: 'string', enum: ['MCS', 'Manual', 'PVS'], default: 'Manual' },
      PersistUserChanges: { type: 'string', enum: ['Discard', 'OnLocal'], default: 'Discard' },
      MachineType: { type: 'string', enum: ['Virtual', 'Physical'], default: 'Virtual' },
      MinimumFunctionalLevel: { type: 'string', default: 'L7_20' },
      IsRemotePC: { type: 'boolean', default: false },
      Zone: { type: 'string', description: 'Zone name or id; the primary zone by default.' },
    },
    required: ['Name', 'AllocationType', 'SessionSupport'],
  },
  DeliveryGroup: {
    type: 'object',
    properties: {
      Id: str, Name: str, FullName: str, PublishedName: str, Description: str, Enabled: bool, InMaintenanceMode: bool,
      DeliveryType: { type: 'string', enum: ['DesktopsOnly', 'AppsOnly', 'DesktopsAndApps'] },
      Delivering: str,
      SessionSupport: schemaRef('SessionSupport'),
      SharingKind: { type: 'string', enum: ['Shared', 'Private'] },
      MinimumFunctionalLevel: str, IsRemotePC: bool, IsBroken: bool, RequireUserHomeZone: bool, AutoscalingEnabled: bool,
      MachineLogOnType: { type: 'string', enum: ['ActiveDirectory', 'LocalMappedAccount'] },
      Scopes: { type: 'array', items: ref }, Tags: { type: 'array', items: ref },
      TotalDesktops: int, TotalApplications: int, DesktopsAvailable: int, DesktopsDisconnected: int, DesktopsFaulted: int, DesktopsUnregistered: int, SessionCount: int,
    },
    required: ['Id', 'Name'],
  },
  DeliveryGroupList: listOf('DeliveryGroup'),
  Machine: {
    type: 'object',
    properties: {
      Id: str, Name: { type: 'string', description: '`DOMAIN\\name`' }, DnsName: str,
      MachineCatalog: ref, DeliveryGroup: nullableRef, Zone: ref, HypervisorConnection: nullableRef,
      HostedMachineName: nullableStr, HostingServerName: nullableStr, AgentVersion: str, OSType: str, IPAddress: str,
      AllocationType: schemaRef('AllocationType'), SessionSupport: schemaRef('SessionSupport'),
      PowerState: schemaRef('PowerState'), RegistrationState: schemaRef('RegistrationState'),
      InMaintenanceMode: bool, IsAssigned: bool,
      AssociatedUsers: { type: 'array', items: { type: 'object', properties: { Name: str, SamName: str, PrincipalName: str } } },
      LastDeregistrationReason: nullableStr, LastConnectionTime: { type: ['string', 'null'], format: 'date-time' },
      SessionCount: int,
      SummaryState: { type: 'string', enum: ['Off', 'Unregistered', 'Available', 'Disconnected', 'InUse', 'Preparing', 'Unknown'] },
    },
    required: ['Id', 'Name'],
  },
  MachineList: listOf('Machine'),
  Session: {
    type: 'object',
    properties: {
      Id: str, StartTime: { type: 'string', format: 'date-time' }, StateChangeTime: { type: 'string', format: 'date-time' },
      State: { type: 'string', enum: ['Unknown', 'Connected', 'Active', 'Disconnected', 'PreparingSession'] },
      SessionType: { type: 'string', enum: ['Unknown', 'Application', 'Desktop'] },
      User: { type: 'object', properties: { Name: str, SamName: str, PrincipalName: str, DisplayName: str, Sid: str } },
      Machine: { type: 'object', properties: { Id: str, Name: str, DnsName: str } },
      DeliveryGroup: ref,
      Client: { type: 'object', properties: { Name: str, IPAddress: str, Version: str, Platform: str } },
      Connection: { type: 'object', properties: { Protocol: str, BrokeringTime: str, ConnectedViaHostName: str, ConnectedViaIPAddress: str } },
      ApplicationsInUse: { type: 'array', items: ref },
      IsAnonymousUser: bool, LogonInProgress: bool, LogoffInProgress: bool, IsHidden: bool,
    },
    required: ['Id', 'State'],
  },
  SessionList: listOf('Session'),
  Application: {
    type: 'object',
    properties: {
      Id: str, Name: str, PublishedName: str, Description: str,
      ApplicationType: { type: 'string', enum: ['HostedOnDesktop', 'InstalledOnClient'] },
      ApplicationFolder: { type: 'object', properties: { Id: str, Name: str, FullName: str } },
      Enabled: bool, Visible: bool,
      InstalledAppProperties: { type: 'object', properties: { CommandLineExecutable: str, CommandLineArguments: str, WorkingDirectory: str } },
      AssociatedDeliveryGroupUuids: { type: 'array', items: str },
      NumAssociatedDeliveryGroups: int,
    },
    required: ['Id', 'Name'],
  },
  ApplicationList: listOf('Application'),
  Job: {
    type: 'object',
    properties: {
      Id: str, Type: str, OverallProgressPercent: { type: 'integer', minimum: 0, maximum: 100 }, IsCancellable: bool,
      Parameters: { type: 'array', items: schemaRef('NameValue') }, SubJobs: { type: 'array', items: {} },
      Status: schemaRef('JobStatus'), ResultLocation: { type: ['string', 'null'], format: 'uri' },
      ErrorString: nullableStr, ErrorCode: nullableStr, ErrorParameters: { type: 'array', items: schemaRef('NameValue') },
      CreationTime: { type: 'string', format: 'date-time' }, FormattedCreationTime: str,
      StartTime: { type: ['string', 'null'], format: 'date-time' }, FormattedStartTime: nullableStr,
      EndTime: { type: ['string', 'null'], format: 'date-time' }, FormattedEndTime: nullableStr,
    },
    required: ['Id', 'Type', 'Status'],
  },
  JobList: { type: 'object', properties: { Items: { type: 'array', items: schemaRef('Job') } }, required: ['Items'] },
};

export const DAAS_PARAMETERS = {
  CitrixLocale: { name: 'Citrix-Locale', in: 'header', required: false, description: 'Locale of the request, e.g. `en-US`.', schema: { type: 'string' }, example: 'en-US' },
  Limit: { name: 'limit', in: 'query', required: false, description: 'Items per page (default 250, at most 1000).', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 250 }, example: 5 },
  ContinuationToken: { name: 'continuationToken', in: 'query', required: false, description: 'The previous page\'s `ContinuationToken`.', schema: { type: 'string' } },
  Async: {
    name: 'async',
    in: 'query',
    required: false,
    description: 'Run as a job: answers `202 Accepted` with an empty body and a `Location` header pointing at the job (`GET /Jobs/{id}`).',
    schema: { type: 'boolean', default: false },
  },
};

const errorExample = (ErrorMessage: string, SdkErrorId: string) => ({ ErrorMessage, SdkErrorId, ErrorType: null, ErrorDetails: null, SupportLink: null });

export const DAAS_RESPONSES = {
  DaasBadRequest: {
    description: 'Bad request (e.g. no `Citrix-InstanceId`, a bad `limit`, an invalid body).',
    content: json(schemaRef('ErrorData'), errorExample('The Citrix-InstanceId header is required: use a site id from GET /cvad/manage/me.', 'MissingInstanceId')),
  },
  DaasNotFound: {
    description: 'The named object (or the site in `Citrix-InstanceId`) does not exist.',
    content: json(schemaRef('ErrorData'), errorExample('Machine not found: CONTOSO\\W11-POOL-999', 'MachineNotFound')),
  },
  DaasAccepted: {
    description: 'Accepted as a job (`async=true`): empty body; poll the job at `Location`.',
    headers: {
      Location: { description: 'The job\'s URL.', schema: { type: 'string', format: 'uri' }, example: `https://api.cloud.com/cvad/manage/Jobs/${DEMO.jobId}` },
    },
  },
};
