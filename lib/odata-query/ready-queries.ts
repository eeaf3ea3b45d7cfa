import type { QueryModelInput } from './query-model';

export interface ReadyQuery {
  id: string;
  title: string;
  description: string;
  model: QueryModelInput;
}

/** What counts as a slow logon here: half a minute from click to desktop. */
export const SLOW_LOGON_MS = 30_000;

/** The questions Citrix admins ask Monitor most, as queries to start from. */
export const READY_QUERIES: readonly ReadyQuery[] = [
  {
    id: 'slow-logons',
    title: 'Who logged on slowly today',
    description: `Sessions of the last 24 hours whose logon took over ${SLOW_LOGON_MS / 1000} s, slowest first.`,
    model: {
      entitySet: 'Sessions',
      select: ['StartDate', 'LogOnDuration', 'UserId', 'ConnectionState', 'MachineId'],
      filters: [
        { field: 'StartDate', operator: 'within', value: '24h' },
        { field: 'LogOnDuration', operator: 'gt', value: String(SLOW_LOGON_MS) },
      ],
      expand: ['User'],
      orderBy: { field: 'LogOnDuration', direction: 'desc' },
      top: '100',
      count: true,
      groupBy: { field: 'StartDate', bucket: 'hour' },
    },
  },
  {
    id: 'connection-failures',
    title: 'Connection failures in the last 7 days',
    description: 'Failed connections with Citrix’s reason, newest first, counted per day.',
    model: {
      entitySet: 'ConnectionFailureLogs',
      select: ['FailureDate', 'ConnectionFailureEnumValue', 'BrokeringUserName', 'MachineId'],
      filters: [{ field: 'FailureDate', operator: 'within', value: '7d' }],
      expand: ['Machine'],
      orderBy: { field: 'FailureDate', direction: 'desc' },
      top: '100',
      count: true,
      groupBy: { field: 'FailureDate', bucket: 'day' },
    },
  },
  {
    id: 'sessions-per-user',
    title: 'Sessions per user',
    description: 'Sessions of the last 7 days, counted per user.',
    model: {
      entitySet: 'Sessions',
      select: ['StartDate', 'UserId', 'SessionType', 'ConnectionState'],
      filters: [{ field: 'StartDate', operator: 'within', value: '7d' }],
      expand: ['User'],
      orderBy: { field: 'StartDate', direction: 'desc' },
      top: '100',
      count: true,
      groupBy: { field: 'User/UserName', bucket: 'day' },
    },
  },
  {
    id: 'load-per-machine',
    title: 'Load per machine',
    description: 'Load samples of the last 24 hours, the busiest first.',
    model: {
      entitySet: 'LoadIndexes',
      select: ['CreatedDate', 'EffectiveLoadIndex', 'Cpu', 'Memory', 'SessionCount', 'MachineId'],
      filters: [{ field: 'CreatedDate', operator: 'within', value: '24h' }],
      expand: ['Machine'],
      orderBy: { field: 'EffectiveLoadIndex', direction: 'desc' },
      top: '100',
      count: true,
      groupBy: { field: 'Machine/Name', bucket: 'day' },
    },
  },
];
