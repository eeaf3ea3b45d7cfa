import { isoSeconds, seededUuid } from '@/lib/sandbox/random';

import type { ResourceLocationRecord } from '../resourcelocations/seed';

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

const DAY = 86_400_000;

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
