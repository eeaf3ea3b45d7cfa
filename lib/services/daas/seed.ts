import { isoSeconds, seededUuid } from '@/lib/sandbox/random';

import type { ResourceLocationRecord } from '../resourcelocations/seed';
import type {
  ApplicationRecord,
  CatalogRecord,
  DeliveryGroupRecord,
  JobRecord,
  MachineRecord,
  Ref,
  SessionRecord,
  SiteDetail,
  UserRef,
  ZoneRecord,
} from './types';

export interface DaasData {
  zones: ZoneRecord[];
  catalogs: CatalogRecord[];
  deliveryGroups: DeliveryGroupRecord[];
  machines: MachineRecord[];
  sessions: SessionRecord[];
  applications: ApplicationRecord[];
  jobs: JobRecord[];
}

const ref = ({ Id, Name }: Ref): Ref => ({ Id, Name });
const MINUTE = 60_000;

export const DEMO_USERS: readonly [string, string][] = [
  ['jdoe', 'Jane Doe'],
  ['asmith', 'Alex Smith'],
  ['mlopez', 'Maria Lopez'],
  ['kpatel', 'Kiran Patel'],
  ['tnguyen', 'Tam Nguyen'],
  ['bschulz', 'Bernd Schulz'],
  ['ookafor', 'Obi Okafor'],
];

export function userRef(customerId: string, sam: string, display: string): UserRef {
  const sidTail = parseInt(seededUuid(`${customerId}/user/${sam}`).slice(0, 4), 16);
  return {
    Name: `CONTOSO\\${sam}`,
    SamName: sam,
    PrincipalName: `${sam}@contoso.example`,
    DisplayName: display,
    Sid: `S-1-5-21-1004336348-1177238915-682003330-${2000 + sidTail}`,
    PropertiesFetched: 15,
  };
}

export function seedSite(customerId: string, primaryZone: Ref): SiteDetail {
  return {
    Id: seededUuid(`${customerId}/site/1`),
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
    PrimaryZone: primaryZone,
    DnsResolutionEnabled: false,
    TrustRequestsSentToTheXmlServicePort: false,
    SiteConfigurationComplete: true,
  };
}

export function seedDaas(customerId: string, locations: ResourceLocationRecord[], now: number): DaasData {
  const id = (kind: string) => seededUuid(`${customerId}/daas/${kind}`);
  const zone = (
    key: string,
    location: ResourceLocationRecord | undefined,
    isPrimary: boolean,
  ): ZoneRecord => ({
    Id: id(`zone/${key}`),
    Name: location?.name ?? key,
    Description: `Zone for the ${location?.name ?? key} resource location`,
    IsPrimary: isPrimary,
    IsHealthy: true,
    LastStateChangeTimeInUtc: isoSeconds(now - 20 * 86_400_000),
    Metadata: [],
    ResourceLocation: { Id: location?.id ?? id(`rl/${key}`), Name: location?.name ?? key },
  });
  // The third zone holds no catalog yet: the one a demo can delete.
  const zones = [
    zone('london', locations[0], true),
    zone('eastus', locations[1], false),
    zone('managed', locations[2], false),
  ];
  const [london, eastus] = [ref(zones[0]!), ref(zones[1]!)];

  const catalog = (
    key: string,
    name: string,
    fields: Partial<CatalogRecord>,
    zoneRef: Ref,
  ): CatalogRecord => ({
    Id: id(`catalog/${key}`),
    Name: name,
    FullName: name,
    Description: '',
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
    Zone: zoneRef,
    AdminFolder: null,
    Scopes: [],
    Errors: [],
    Warnings: [],
    Metadata: [],
    ...fields,
  });
  const catalogs = [
    catalog('win11', 'Win11-Pooled', { Description: 'Pooled Windows 11 desktops, reset at logoff' }, eastus),
    catalog(
      'win2022',
      'Win2022-MultiSession',
      { SessionSupport: 'MultiSession', Description: 'Windows Server 2022 session hosts for published apps' },
      eastus,
    ),
    catalog(
      'dev',
      'Win10-Dedicated',
      {
        AllocationType: 'Static',
        ProvisioningType: 'Manual',
        PersistChanges: 'OnLocal',
        SharingKind: 'Private',
        Description: 'Persistent developer desktops',
      },
      london,
    ),
    catalog(
      'rpc',
      'RemotePC-Finance',
      {
        AllocationType: 'Static',
        ProvisioningType: 'Manual',
        PersistChanges: 'OnLocal',
        MachineType: 'Physical',
        IsPowerManaged: false,
        IsRemotePC: true,
        SharingKind: 'Private',
        Description: 'Office PCs of the finance team',
      },
      london,
    ),
  ];

  const group = (key: string, name: string, fields: Partial<DeliveryGroupRecord>): DeliveryGroupRecord => ({
    Id: id(`dg/${key}`),
    Name: name,
    FullName: name,
    PublishedName: name,
    Description: '',
    Enabled: true,
    InMaintenanceMode: false,
    DeliveryType: 'DesktopsOnly',
    SessionSupport: 'SingleSession',
    SharingKind: 'Shared',
    MinimumFunctionalLevel: 'L7_20',
    IsRemotePC: false,
    IsBroken: false,
    RequireUserHomeZone: false,
    AutoScaleEnabled: false,
    MachineLogOnType: 'ActiveDirectory',
    Scopes: [],
    ...fields,
  });
  const deliveryGroups = [
    group('finance', 'Finance Desktops', {
      Description: 'Pooled desktops for finance',
      AutoScaleEnabled: true,
    }),
    group('apps', 'Published Apps', {
      DeliveryType: 'AppsOnly',
      SessionSupport: 'MultiSession',
      PublishedName: 'Office Apps',
      Description: 'Office and line-of-business apps',
    }),
    group('eng', 'Engineering VDI', {
      DeliveryType: 'DesktopsAndApps',
      SharingKind: 'Private',
      Description: 'Assigned desktops for engineers',
    }),
  ];

  const machines: MachineRecord[] = [];
  const machine = (
    name: string,
    cat: CatalogRecord,
    dg: DeliveryGroupRecord | null,
    index: number,
    power: MachineRecord['PowerState'],
    fields: Partial<MachineRecord> = {},
  ) => {
    const short = name.toLowerCase();
    machines.push({
      Id: id(`machine/${name}`),
      Name: `CONTOSO\\${name}`,
      DnsName: `${short}.corp.contoso.example`,
      MachineCatalog: ref(cat),
      DeliveryGroup: dg && ref(dg),
      Zone: cat.Zone,
      Hosting: cat.IsPowerManaged
        ? {
            HostedMachineId: id(`vm/${name}`),
            HostedMachineName: short,
            HostingServerName: cat.Zone.Id === eastus.Id ? 'eastus' : 'esx-lon-03.corp.contoso.example',
            HypervisorConnection:
              cat.Zone.Id === eastus.Id
                ? { Id: id('hyp/azure'), Name: 'Azure-EastUS-Conn' }
                : { Id: id('hyp/vsphere'), Name: 'vSphere-London' },
          }
        : null,
      Sid: `S-1-5-21-1004336348-1177238915-682003330-${5000 + machines.length}`,
      MachineType: cat.MachineType,
      ProvisioningType: cat.ProvisioningType,
      AgentVersion: '2411.0.0.1011',
      OSType:
        cat.SessionSupport === 'MultiSession'
          ? 'Windows 2022'
          : cat.Name.startsWith('Win10')
            ? 'Windows 10'
            : 'Windows 11',
      IPAddress: `10.${cat.Zone.Id === eastus.Id ? 20 : 10}.${catalogs.indexOf(cat) + 1}.${10 + index}`,
      AllocationType: cat.AllocationType,
      SessionSupport: cat.SessionSupport,
      PowerState: power,
      RegistrationState: power === 'On' || power === 'Unmanaged' ? 'Registered' : 'Unregistered',
      InMaintenanceMode: false,
      IsAssigned: cat.AllocationType === 'Static',
      AssociatedUsers: [],
      LastDeregistrationReason: power === 'Off' ? 'AgentShutdown' : null,
      LastConnectionTime: isoSeconds(now - (index + 1) * 47 * MINUTE),
      ...fields,
    });
  };
  const [win11, win2022, dev, rpc] = catalogs as [CatalogRecord, CatalogRecord, CatalogRecord, CatalogRecord];
  const [finance, apps, eng] = deliveryGroups as [
    DeliveryGroupRecord,
    DeliveryGroupRecord,
    DeliveryGroupRecord,
  ];
  const powers: MachineRecord['PowerState'][] = ['On', 'On', 'On', 'On', 'Off', 'Off'];
  powers.forEach((power, index) =>
    machine(
      `W11-POOL-${String(index + 1).padStart(3, '0')}`,
      win11,
      finance,
      index,
      power,
      index === 5 ? { InMaintenanceMode: true } : {},
    ),
  );
  (['On', 'On', 'On', 'Off'] as const).forEach((power, index) =>
    machine(`W2022-MS-${String(index + 1).padStart(3, '0')}`, win2022, apps, index, power),
  );
  const assigned = (sam: string) => {
    return [userRef(customerId, sam, DEMO_USERS.find(([s]) => s === sam)?.[1] ?? sam)];
  };
  machine('W10-DEV-001', dev, eng, 0, 'On', { AssociatedUsers: assigned('kpatel') });
  machine('W10-DEV-002', dev, eng, 1, 'On', { AssociatedUsers: assigned('tnguyen') });
  machine('W10-DEV-003', dev, eng, 2, 'Suspended', { AssociatedUsers: assigned('bschulz') });
  machine('FIN-LT-042', rpc, null, 0, 'Unmanaged', { AssociatedUsers: assigned('ookafor') });

  const applications = seedApplications(id, apps, eng);
  const sessions = seedSessions(customerId, id, machines, applications, now);
  return { zones, catalogs, deliveryGroups, machines, sessions, applications, jobs: [] };
}

function seedApplications(
  id: (kind: string) => string,
  apps: DeliveryGroupRecord,
  eng: DeliveryGroupRecord,
): ApplicationRecord[] {
  const folder = { Id: id('appfolder/office'), Name: 'Office' };
  const app = (
    name: string,
    exe: string,
    groups: DeliveryGroupRecord[],
    description = '',
  ): ApplicationRecord => ({
    Id: id(`app/${name}`),
    Name: name,
    PublishedName: name,
    Description: description,
    ApplicationType: 'HostedOnDesktop',
    ApplicationFolder: folder,
    IconId: String(3 + (id(`app/${name}`).charCodeAt(0) % 5)),
    SharingKind: 'Shared',
    ContainerScopes: [],
    Enabled: true,
    Visible: true,
    InstalledAppProperties: {
      CommandLineExecutable: exe,
      CommandLineArguments: null,
      WorkingDirectory: exe.slice(0, exe.lastIndexOf('\\')),
    },
    AssociatedDeliveryGroupUuids: groups.map((group) => group.Id),
    NumAssociatedDeliveryGroups: groups.length,
  });
  return [
    app('Microsoft Excel', 'C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE', [apps]),
    app('Microsoft Word', 'C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE', [apps]),
    app('Microsoft Edge', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', [apps, eng]),
    app('SAP GUI', 'C:\\Program Files (x86)\\SAP\\FrontEnd\\SAPgui\\saplogon.exe', [apps], 'SAP Logon 7.70'),
    app('Notepad++', 'C:\\Program Files\\Notepad++\\notepad++.exe', [eng]),
  ];
}

function seedSessions(
  customerId: string,
  id: (kind: string) => string,
  machines: MachineRecord[],
  applications: ApplicationRecord[],
  now: number,
): SessionRecord[] {
  const byName = (name: string) => machines.find((machine) => machine.Name === `CONTOSO\\${name}`)!;
  const plan: [string, string, SessionRecord['State'], number, string[]][] = [
    ['W11-POOL-001', 'jdoe', 'Active', 95, []],
    ['W11-POOL-002', 'asmith', 'Disconnected', 260, []],
    ['W11-POOL-003', 'mlopez', 'Active', 35, []],
    ['W2022-MS-001', 'jdoe', 'Active', 80, ['Microsoft Excel', 'Microsoft Edge']],
    ['W2022-MS-001', 'mlopez', 'Active', 22, ['SAP GUI']],
    ['W2022-MS-001', 'bschulz', 'Disconnected', 410, ['Microsoft Word']],
    ['W2022-MS-002', 'asmith', 'Active', 12, ['Microsoft Excel']],
    ['W2022-MS-002', 'ookafor', 'Active', 150, ['Microsoft Word', 'Microsoft Excel']],
    ['W10-DEV-001', 'kpatel', 'Active', 300, []],
  ];
  return plan.map(([machineName, sam, state, ageMinutes, appNames], index) => {
    const machine = byName(machineName);
    const start = now - ageMinutes * MINUTE;
    const inUse = applications.filter((application) => appNames.includes(application.Name)).map(ref);
    return {
      Id: id(`session/${index + 1}`),
      StartTime: isoSeconds(start),
      StateChangeTime: isoSeconds(state === 'Disconnected' ? start + 30 * MINUTE : start),
      State: state,
      SessionType: inUse.length > 0 ? 'Application' : 'Desktop',
      AppState: inUse.length > 0 ? 'Active' : 'Desktop',
      User: userRef(customerId, sam, DEMO_USERS.find(([s]) => s === sam)?.[1] ?? sam),
      Machine: { Id: machine.Id, Name: machine.Name, DnsName: machine.DnsName },
      Brokering: {
        AutonomouslyBrokered: false,
        Time: isoSeconds(start - 8_000),
        DurationMilliseconds: 1_200 + index * 137,
        UserName: `CONTOSO\\${sam}`,
      },
      Client: {
        Name: `LT-${sam.toUpperCase()}`,
        IPAddress: `192.168.1.${40 + index}`,
        Version: '24.11.0.63',
        Platform: index % 3 === 0 ? 'Mac' : 'Windows',
      },
      Connection: {
        Protocol: 'Hdx',
        ConnectedViaHostName: 'gateway.contoso.example',
        ConnectedViaIP: '203.0.113.10',
      },
      ApplicationsInUse: inUse,
      IsAnonymousUser: false,
      LogonInProgress: false,
      LogoffInProgress: false,
      IsHidden: false,
    };
  });
}
