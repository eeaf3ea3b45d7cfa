import { seededUuid } from '@/lib/sandbox/random';

/** The demo customer's notifications, newest first. */

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
