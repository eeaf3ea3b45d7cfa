import type { EnumName } from './enums';

/** How a field's values are written in `$filter`. */
export type FieldType = 'string' | 'int' | 'bool' | 'guid' | 'date';

export interface FieldDef {
  name: string;
  type: FieldType;
  /** An integer field whose values are this enumeration's. */
  enum?: EnumName;
}

export interface ExpandDef {
  name: string;
  /** The entity set a single related entity belongs to; none for a collection. */
  target?: EntitySetName;
}

export interface EntitySetDef {
  name: EntitySetName;
  description: string;
  fields: readonly FieldDef[];
  expand: readonly ExpandDef[];
  /** The field that names an entity in one word (a user's UserName), for an expanded column. */
  titleField?: string;
}

export const ENTITY_SET_NAMES = [
  'Sessions',
  'Machines',
  'Users',
  'ConnectionFailureLogs',
  'LoadIndexes',
] as const;
export type EntitySetName = (typeof ENTITY_SET_NAMES)[number];

const f = (name: string, type: FieldType, enumName?: EnumName): FieldDef =>
  enumName ? { name, type, enum: enumName } : { name, type };

/** The Monitor entity sets the builder offers, with the fields the Monitor model documents. */
export const ENTITY_SETS: Readonly<Record<EntitySetName, EntitySetDef>> = {
  Sessions: {
    name: 'Sessions',
    description: 'Current and ended sessions, with their logon duration.',
    fields: [
      f('SessionKey', 'guid'),
      f('StartDate', 'date'),
      f('EndDate', 'date'),
      f('LogOnDuration', 'int'),
      f('ConnectionState', 'int', 'ConnectionState'),
      f('SessionType', 'int', 'SessionType'),
      f('LifecycleState', 'int', 'LifecycleState'),
      f('UserId', 'int'),
      f('MachineId', 'guid'),
      f('ExitCode', 'int'),
      f('FailureDate', 'date'),
      f('IsAnonymous', 'bool'),
      f('ConnectionStateChangeDate', 'date'),
      f('CreatedDate', 'date'),
      f('ModifiedDate', 'date'),
    ],
    expand: [
      { name: 'User', target: 'Users' },
      { name: 'Machine', target: 'Machines' },
      { name: 'ApplicationInstances' },
    ],
  },
  Machines: {
    name: 'Machines',
    description: 'Machines, current and deleted, with their power and registration state.',
    titleField: 'Name',
    fields: [
      f('Id', 'guid'),
      f('Name', 'string'),
      f('DnsName', 'string'),
      f('LifecycleState', 'int', 'LifecycleState'),
      f('CurrentPowerState', 'int', 'PowerState'),
      f('CurrentRegistrationState', 'int', 'RegistrationState'),
      f('CurrentSessionCount', 'int'),
      f('IsInMaintenanceMode', 'bool'),
      f('IsAssigned', 'bool'),
      f('IPAddress', 'string'),
      f('AgentVersion', 'string'),
      f('OSType', 'string'),
      f('CatalogId', 'guid'),
      f('DesktopGroupId', 'guid'),
      f('CreatedDate', 'date'),
      f('ModifiedDate', 'date'),
    ],
    expand: [],
  },
  Users: {
    name: 'Users',
    description: 'The users who started sessions.',
    titleField: 'UserName',
    fields: [
      f('Id', 'int'),
      f('UserName', 'string'),
      f('FullName', 'string'),
      f('Upn', 'string'),
      f('Domain', 'string'),
      f('Sid', 'string'),
      f('CreatedDate', 'date'),
      f('ModifiedDate', 'date'),
    ],
    expand: [],
  },
  ConnectionFailureLogs: {
    name: 'ConnectionFailureLogs',
    description: 'One record per failed connection, with Citrix’s reason.',
    fields: [
      f('Id', 'int'),
      f('FailureDate', 'date'),
      f('ConnectionFailureEnumValue', 'int', 'SessionFailureCode'),
      f('BrokeringUserName', 'string'),
      f('UserId', 'int'),
      f('MachineId', 'guid'),
      f('SessionKey', 'guid'),
      f('CreatedDate', 'date'),
      f('ModifiedDate', 'date'),
    ],
    expand: [
      { name: 'User', target: 'Users' },
      { name: 'Machine', target: 'Machines' },
    ],
  },
  LoadIndexes: {
    name: 'LoadIndexes',
    description: 'Load samples of each machine: effective load index, CPU, memory, sessions.',
    fields: [
      f('Id', 'int'),
      f('MachineId', 'guid'),
      f('EffectiveLoadIndex', 'int'),
      f('Cpu', 'int'),
      f('Memory', 'int'),
      f('Disk', 'int'),
      f('Network', 'int'),
      f('SessionCount', 'int'),
      f('CreatedDate', 'date'),
    ],
    expand: [{ name: 'Machine', target: 'Machines' }],
  },
};

export function isEntitySetName(name: string): name is EntitySetName {
  return (ENTITY_SET_NAMES as readonly string[]).includes(name);
}

export function findField(set: EntitySetDef, name: string): FieldDef | undefined {
  return set.fields.find((field) => field.name === name);
}

/**
 * A field of the set, or of a single related entity it expands (`User/UserName`), as used to
 * group counts. Undefined when neither has it.
 */
export function findFieldPath(
  set: EntitySetDef,
  path: string,
): { field: FieldDef; expand?: string } | undefined {
  const [head = '', tail, ...rest] = path.split('/');
  if (tail === undefined) {
    const field = findField(set, head);
    return field && { field };
  }
  const target = rest.length === 0 ? set.expand.find((expand) => expand.name === head)?.target : undefined;
  const field = target && findField(ENTITY_SETS[target], tail);
  return field && { field, expand: head };
}
