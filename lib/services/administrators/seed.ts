import { isoSeconds, seededUuid } from '@/lib/sandbox/random';

export type AccessType = 'Full' | 'Custom';

export interface AccessPolicy {
  name: string;
  displayName: string;
  serviceName: string;
  checkable: { value: boolean; canChangeValue: boolean };
  scopeChoices: {
    allScopesSelected: boolean;
    choices: { name: string; displayName: string; checkable: { value: boolean; canChangeValue: boolean } }[];
  } | null;
}

export interface AdministratorAccess {
  accessType: AccessType;
  policies: AccessPolicy[];
}

export interface AdministratorRecord {
  customerId: string;
  ucOid: string;
  userId: string | null;
  type: 'AdministratorUser' | 'AdministratorGroup' | 'ServicePrincipal';
  accessType: AccessType;
  firstName: string | null;
  lastName: string | null;
  displayName: string;
  email: string | null;
  providerType: 'CitrixSts' | 'AzureAd' | 'Ad' | 'Google';
  pending: boolean;
  invitationExpired: boolean;
  createdDate: string;
  updatedDate: string;
  notificationsEmailPreferences: {
    sendNotificationEmails: boolean;
    notificationsSubscribed: { type: string; enabled: boolean }[];
  };
  /** Not part of the wire format: returned by `GET /{id}/access`. */
  access: AdministratorAccess;
}

const POLICIES: [string, string, string][] = [
  ['notifications', 'Notifications', 'Platform'],
  ['systemlog', 'System Log', 'Platform'],
  ['administrators', 'Administrators', 'Platform'],
  ['resourcelocations', 'Resource Locations', 'Platform'],
  ['xendesktop-fulladmin', 'Full Administrator', 'XenDesktop'],
  ['xendesktop-helpdesk', 'Help Desk Administrator', 'XenDesktop'],
];

export function accessFor(accessType: AccessType, granted: readonly string[] = []): AdministratorAccess {
  return {
    accessType,
    policies: POLICIES.map(([name, displayName, serviceName]) => ({
      name,
      displayName,
      serviceName,
      checkable: {
        value: accessType === 'Full' || granted.includes(name),
        canChangeValue: accessType !== 'Full',
      },
      scopeChoices: serviceName === 'XenDesktop' ? { allScopesSelected: true, choices: [] } : null,
    })),
  };
}

export function makeAdministrator(
  customerId: string,
  key: string,
  fields: Pick<AdministratorRecord, 'type' | 'accessType' | 'displayName' | 'providerType'> &
    Partial<Pick<AdministratorRecord, 'firstName' | 'lastName' | 'email' | 'pending'>>,
  at: number,
  granted: readonly string[] = [],
): AdministratorRecord {
  const pending = fields.pending ?? false;
  return {
    customerId,
    ucOid: `OID:/${fields.providerType.toLowerCase()}/${seededUuid(`${customerId}/admin-oid/${key}`)}`,
    userId: pending || fields.type !== 'AdministratorUser' ? null : seededUuid(`${customerId}/admin/${key}`),
    firstName: null,
    lastName: null,
    email: null,
    invitationExpired: false,
    createdDate: isoSeconds(at),
    updatedDate: isoSeconds(at),
    notificationsEmailPreferences: {
      sendNotificationEmails: true,
      notificationsSubscribed: [
        { type: 'Error', enabled: true },
        { type: 'Warning', enabled: true },
      ],
    },
    access: accessFor(fields.accessType, granted),
    ...fields,
    pending,
  };
}

/** The id `GET /{id}/access` and `DELETE /{id}` take: userId for users, ucOid for the others. */
export function administratorId(admin: AdministratorRecord): string {
  return admin.userId ?? admin.ucOid;
}

export function seedAdministrators(customerId: string, now: number): AdministratorRecord[] {
  const day = 86_400_000;
  const user = (
    key: string,
    first: string,
    last: string,
    accessType: AccessType,
    providerType: AdministratorRecord['providerType'],
    age: number,
    pending = false,
    granted: string[] = [],
  ) =>
    makeAdministrator(
      customerId,
      key,
      {
        type: 'AdministratorUser',
        accessType,
        providerType,
        firstName: first,
        lastName: last,
        displayName: `${first} ${last}`,
        email: `${first}.${last}@contoso.example`.toLowerCase(),
        pending,
      },
      now - age * day,
      granted,
    );
  return [
    user('ravi', 'Ravi', 'Menon', 'Full', 'CitrixSts', 400),
    user('dana', 'Dana', 'Whitfield', 'Full', 'AzureAd', 210),
    user('sofia', 'Sofia', 'Lindqvist', 'Custom', 'CitrixSts', 120, false, [
      'systemlog',
      'xendesktop-helpdesk',
    ]),
    user('aiko', 'Aiko', 'Tanaka', 'Custom', 'Ad', 60, false, ['notifications', 'resourcelocations']),
    makeAdministrator(
      customerId,
      'helpdesk-group',
      {
        type: 'AdministratorGroup',
        accessType: 'Custom',
        displayName: 'Helpdesk Operators',
        providerType: 'AzureAd',
      },
      now - 90 * day,
      ['xendesktop-helpdesk'],
    ),
    makeAdministrator(
      customerId,
      'terraform',
      {
        type: 'ServicePrincipal',
        accessType: 'Full',
        displayName: 'terraform-automation',
        providerType: 'CitrixSts',
      },
      now - 30 * day,
    ),
    user('marcus', 'Marcus', 'Chen', 'Custom', 'CitrixSts', 2, true, ['systemlog']),
    user('priya', 'Priya', 'Natarajan', 'Custom', 'CitrixSts', 1, true, ['notifications']),
  ];
}
