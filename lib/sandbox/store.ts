import { seedAdministrators, type AdministratorRecord } from './data/administrators';
import { seedDaas, seedSite, type DaasData } from './data/daas';
import type { SiteDetail } from './data/daas-types';
import { seedMonitorHistory, type MonitorHistory } from './data/monitor';
import {
  seedConnectors,
  seedNotifications,
  seedResourceLocations,
  seedServiceStates,
  type ConnectorRecord,
  type NotificationRecord,
  type ResourceLocationRecord,
  type ServiceStateRecord,
} from './data/platform';
import { localizedMessage, makeSystemLogRecord, seedSystemLog, type SystemLogRecord } from './data/systemlog';

export { seededUuid } from './data/random';

export type SiteRecord = SiteDetail;

/** Everything the sandbox knows about one customer; seeded on first use, mutated by operations. */
export interface CustomerData {
  customerId: string;
  customerName: string;
  /** Wall-clock time of seeding: seeded timestamps are relative to it so they always look recent. */
  seededAt: number;
  sites: SiteRecord[];
  /** Newest first. */
  systemLog: SystemLogRecord[];
  /** Newest first. */
  notifications: NotificationRecord[];
  administrators: AdministratorRecord[];
  resourceLocations: ResourceLocationRecord[];
  connectors: ConnectorRecord[];
  serviceStates: ServiceStateRecord[];
  daas: DaasData;
  monitor: MonitorHistory;
  /** Whether the DaaS module has added the jobs every customer starts with. */
  daasJobsSeeded: boolean;
}

const customers = new Map<string, CustomerData>();

function seed(customerId: string): CustomerData {
  const now = Date.now();
  const resourceLocations = seedResourceLocations(customerId);
  const daas = seedDaas(customerId, resourceLocations, now);
  return {
    customerId,
    customerName: `Sandbox customer ${customerId}`,
    seededAt: now,
    sites: [seedSite(customerId, { Id: daas.zones[0]!.Id, Name: daas.zones[0]!.Name })],
    systemLog: seedSystemLog(customerId, now),
    notifications: seedNotifications(customerId, now),
    administrators: seedAdministrators(customerId, now),
    resourceLocations,
    connectors: seedConnectors(customerId, resourceLocations, now),
    serviceStates: seedServiceStates(),
    daas,
    daasJobsSeeded: false,
    monitor: seedMonitorHistory(customerId, daas, now),
  };
}

/** The live data of a customer (seeded on first access). */
export function customerData(customerId: string): CustomerData {
  let data = customers.get(customerId);
  if (!data) {
    data = seed(customerId);
    customers.set(customerId, data);
  }
  return data;
}

/** Drops every customer's changes; the next access reseeds. */
export function resetSandboxData(): void {
  customers.clear();
}

export interface ChangeEvent {
  eventType: string;
  agentId: string;
  targetType: string;
  targetId: string;
  targetDisplayName: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  message: string;
}

/** Writes a SystemLog record for a change made through the sandbox, so the audit trail follows the demo. */
export function logChange(data: CustomerData, actorClientId: string, event: ChangeEvent): void {
  const at = Date.now();
  data.systemLog.unshift(
    makeSystemLogRecord(data.customerId, at, crypto.randomUUID(), {
      EventType: event.eventType,
      TargetId: event.targetId,
      TargetDisplayName: event.targetDisplayName,
      TargetEmail: null,
      TargetUserId: null,
      TargetType: event.targetType,
      BeforeChanges: event.before ?? null,
      AfterChanges: event.after ?? null,
      AgentId: event.agentId,
      ServiceProfileName: null,
      ActorId: actorClientId,
      ActorDisplayName: actorClientId,
      ActorType: 'ApiClient',
      Message: localizedMessage(event.message),
    }),
  );
}
