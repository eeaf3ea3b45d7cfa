import { seededUuid } from '@/lib/sandbox/random';

export interface ResourceLocationRecord {
  id: string;
  name: string;
  internalOnly: boolean;
  timeZone: string;
  readOnly: boolean;
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
