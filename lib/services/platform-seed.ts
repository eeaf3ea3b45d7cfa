import { isoSeconds, seededUuid } from '@/lib/sandbox/random';

/** Seeds of the camelCase platform services: notifications, resource locations, connectors, service states. */

export interface NotificationRecord {
  destinationAdmin: string;
  component: string;
  createdDate: string;
  categories: string[] | null;
  eventId: string;
  severity: 'Information' | 'Warning' | 'Error';
  priority: 'Normal' | 'High';
  content: { languageTag: string; title: string; description: string; detailUri: string | null }[];
  data: Record<string, unknown> | null;
  externalId: string | null;
  suppressEmail: boolean;
}

export interface ResourceLocationRecord {
  id: string;
  name: string;
  internalOnly: boolean;
  timeZone: string;
  readOnly: boolean;
}

export interface ConnectorRecord {
  id: string;
  fqdn: string;
  role: 'Primary' | 'Secondary';
  windowsSid: string | null;
  location: string;
  currentVersion: string;
  currentBootstrapperVersion: string;
  expectedVersion: string | null;
  expectedBootStrapperVersion: string | null;
  versionState: 'Current' | 'Outdated' | 'Upgrading';
  inMaintenance: boolean;
  leaseEndDateTime: string;
  upgradeDisabled: boolean;
  connectorType: 'Windows' | 'Unified';
  status: 'Available' | 'Unavailable';
  lastContactDate: string;
}

export interface ServiceStateRecord {
  serviceName: string;
  state: string;
  type: string;
  quantity: number;
  daysToExpiration: number | null;
  futureEntitlementStartDate: string | null;
}

const DAY = 86_400_000;

export function seedNotifications(customerId: string, now: number): NotificationRecord[] {
  const make = (
    index: number,
    ageDays: number,
    severity: NotificationRecord['severity'],
    title: string,
    description: string,
    component = 'Citrix Cloud',
  ): NotificationRecord => ({
    destinationAdmin: '*',
    component,
    createdDate: new Date(now - ageDays * DAY).toISOString(),
    categories: null,
    eventId: seededUuid(`${customerId}/notification/${index}`),
    severity,
    priority: severity === 'Error' ? 'High' : 'Normal',
    content: [{ languageTag: 'en-US', title, description, detailUri: null }],
    data: null,
    externalId: null,
    suppressEmail: false,
  });
  return [
    make(
      1,
      0.5,
      'Warning',
      'Cloud Connector update pending',
      'ctx-cc02.corp.contoso.example will be upgraded to 6.82.0.13 during the next maintenance window.',
    ),
    make(
      2,
      2,
      'Information',
      'New administrator invited',
      'Marcus Chen was invited as a custom-access administrator.',
    ),
    make(
      3,
      6,
      'Error',
      'Machines failed to register',
      '3 machines in Win11-Pooled did not register with the Cloud Connectors.',
      'Citrix DaaS',
    ),
    make(4, 13, 'Information', 'Secure client created', 'The API client terraform-automation was created.'),
  ];
}

export function seedResourceLocations(customerId: string): ResourceLocationRecord[] {
  return [
    {
      id: seededUuid(`${customerId}/rl/1`),
      name: 'London DC',
      internalOnly: false,
      timeZone: 'GMT Standard Time',
      readOnly: false,
    },
    {
      id: seededUuid(`${customerId}/rl/2`),
      name: 'Azure East US',
      internalOnly: false,
      timeZone: 'Eastern Standard Time',
      readOnly: false,
    },
    {
      id: seededUuid(`${customerId}/rl/3`),
      name: 'Citrix Managed Azure',
      internalOnly: false,
      timeZone: 'UTC',
      readOnly: true,
    },
  ];
}

export function seedConnectors(
  customerId: string,
  locations: ResourceLocationRecord[],
  now: number,
): ConnectorRecord[] {
  const specs: [
    number,
    string,
    number,
    ConnectorRecord['connectorType'],
    ConnectorRecord['versionState'],
    ConnectorRecord['status'],
  ][] = [
    [1, 'ctx-cc01.corp.contoso.example', 0, 'Windows', 'Current', 'Available'],
    [2, 'ctx-cc02.corp.contoso.example', 0, 'Windows', 'Outdated', 'Available'],
    [3, 'cc-eastus-01.contoso.example', 1, 'Windows', 'Current', 'Available'],
    [4, 'cca-eastus-01.contoso.example', 1, 'Unified', 'Current', 'Unavailable'],
  ];
  return specs.map(([index, fqdn, location, connectorType, versionState, status]) => ({
    id: seededUuid(`${customerId}/connector/${index}`),
    fqdn,
    role: index % 2 === 1 ? 'Primary' : 'Secondary',
    windowsSid:
      connectorType === 'Windows' ? `S-1-5-21-3623811015-3361044348-30300820-${1100 + index}` : null,
    location: locations[location]?.id ?? '',
    currentVersion: versionState === 'Outdated' ? '6.80.0.1' : '6.82.0.13',
    currentBootstrapperVersion: '6.82.0.13',
    expectedVersion: '6.82.0.13',
    expectedBootStrapperVersion: '6.82.0.13',
    versionState,
    inMaintenance: false,
    leaseEndDateTime: isoSeconds(now + 14 * DAY),
    upgradeDisabled: false,
    connectorType,
    status,
    lastContactDate: isoSeconds(status === 'Available' ? now - 60_000 : now - 3 * DAY),
  }));
}

export function seedServiceStates(): ServiceStateRecord[] {
  const row = (
    serviceName: string,
    state: string,
    quantity: number,
    daysToExpiration: number | null,
  ): ServiceStateRecord => ({
    serviceName,
    state,
    type:
      state === 'NotOnboarded' ? 'Default' : state.startsWith('ProductionTrial') ? 'ProductionTrial' : state,
    quantity,
    daysToExpiration,
    futureEntitlementStartDate: null,
  });
  return [
    row('xendesktop', 'Production', 100, 622),
    row('wem', 'Production', 100, 622),
    row('applayering', 'Production', 100, 622),
    row('netscalergateway', 'ProductionTrial', 25, 27),
    row('licensing', 'Production', 1, 622),
    row('browserservice', 'Production', 100, 622),
    row('microapps', 'NotOnboarded', 0, null),
    row('sharefile', 'Expired', 0, 0),
    row('itsm', 'NotOnboarded', 0, null),
  ];
}
