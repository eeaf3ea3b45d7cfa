import { AsyncLocalStorage } from 'node:async_hooks';

import type { GenericState } from '@/lib/sandbox/generic/documents';
import type { SharedStore } from '@/lib/store/shared-store';

import { seedAdministrators, type AdministratorRecord } from './administrators/seed';
import { seedConnectors, type ConnectorRecord } from './connectors/seed';
import { seedDaas, seedSite, type DaasData } from './daas/seed';
import type { SiteDetail } from './daas/types';
import { seedMonitorHistory, type MonitorHistory } from './monitorodata/seed';
import { seedNotifications, type NotificationRecord } from './notifications/seed';
import { seedResourceLocations, type ResourceLocationRecord } from './resourcelocations/seed';
import { seedServiceStates, type ServiceStateRecord } from './serviceentitlements/seed';
import { localizedMessage, makeSystemLogRecord, seedSystemLog, type SystemLogRecord } from './systemlog/seed';

export { seededUuid } from '@/lib/sandbox/random';

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
  /** The collections of imported documents' operations (lib/sandbox/generic), made on first use. */
  generic?: GenericState;
}

/** Without REDIS_URL: every customer's data, in this process, for as long as it runs. */
const customers = new Map<string, CustomerData>();

/**
 * With REDIS_URL: the customers loaded for the request being handled (see withCustomerState).
 * Sandbox handlers stay synchronous and call customerData() as before; inside a request it
 * answers from here.
 */
const requestScope = new AsyncLocalStorage<Map<string, CustomerData>>();

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
  const scope = requestScope.getStore() ?? customers;
  let data = scope.get(customerId);
  if (!data) {
    data = seed(customerId);
    scope.set(customerId, data);
  }
  return data;
}

const NAMESPACE = 'sandbox';
/** A customer nobody touched for a week is forgotten (reseeded on next use), as a restart would. */
const DOCUMENT_TTL_MS = 7 * 24 * 3600_000;
/** Writers racing on one customer: each retry reloads and runs the handler again on fresh data. */
const MAX_ATTEMPTS = 4;

/**
 * The last version of each customer this instance read or wrote, parsed: when the store still
 * holds that version, only the version travels and nothing is parsed. An entry is taken out while
 * a request uses it, so two requests never share (and never see each other's unsaved) changes.
 */
const MAX_CACHED = 50;
const lastSeen = new Map<string, { version: string; json: string; data: CustomerData }>();

function remember(customerId: string, version: string, json: string, data: CustomerData): void {
  lastSeen.delete(customerId);
  lastSeen.set(customerId, { version, json, data });
  if (lastSeen.size > MAX_CACHED) lastSeen.delete(lastSeen.keys().next().value!);
}

/** The version a successful compare-and-set leaves: `<generation>:<n + 1>`. */
function nextVersion(version: string | undefined): string | undefined {
  if (!version) return undefined;
  const [generation, n] = version.split(':');
  return `${generation}:${Number(n) + 1}`;
}

/**
 * Runs one sandbox operation for `customerId` against the shared store, when there is one:
 * load the customer's data (one JSON document with a version), run the handler on it, and write
 * it back only if it changed, with a compare-and-set on the version. On a conflict (another
 * instance wrote meanwhile) the handler runs again on the fresh data; its first answer is
 * dropped. Without a store, the handler runs on this process's memory, as always.
 * The store not answering is a 503 in Citrix's error format, never a hang.
 */
export async function withCustomerState(
  store: SharedStore | undefined,
  customerId: string,
  handle: () => Response | Promise<Response>,
): Promise<Response> {
  if (!store) return handle();
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const cached = lastSeen.get(customerId);
      lastSeen.delete(customerId);
      const loaded = await store.loadDocument(NAMESPACE, customerId, cached?.version);
      const scope = new Map<string, CustomerData>();
      let before: string | undefined;
      if (loaded && loaded.json === undefined && cached) {
        scope.set(customerId, cached.data);
        before = cached.json;
      } else if (loaded?.json !== undefined) {
        scope.set(customerId, JSON.parse(loaded.json) as CustomerData);
        before = loaded.json;
      }
      const response = await requestScope.run(scope, handle);
      const data = scope.get(customerId);
      if (!data) return response;
      const json = JSON.stringify(data);
      if (json === before) {
        remember(customerId, loaded!.version, json, data);
        return response;
      }
      if (await store.saveDocument(NAMESPACE, customerId, loaded?.version, json, DOCUMENT_TTL_MS)) {
        // A first write's version depends on the generation: learn it on the next load instead.
        const version = nextVersion(loaded?.version);
        if (version) remember(customerId, version, json, data);
        return response;
      }
    }
    return storeUnavailable('The sandbox is busy with concurrent changes to this customer; try again.');
  } catch (error) {
    if (error instanceof Error && error.name === 'StoreUnavailableError')
      return storeUnavailable('The sandbox data store is not answering; try again in a few seconds.');
    throw error;
  }
}

function storeUnavailable(detail: string): Response {
  return new Response(
    JSON.stringify({
      type: 'https://errors-api.cloud.com/common/serviceUnavailable',
      detail,
      parameters: [],
    }),
    { status: 503, headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '2' } },
  );
}

/** Drops every customer's changes (on every instance, with a shared store); the next access reseeds. */
export async function resetSandboxData(store?: SharedStore): Promise<void> {
  customers.clear();
  lastSeen.clear();
  if (store) await store.clearDocuments(NAMESPACE);
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
