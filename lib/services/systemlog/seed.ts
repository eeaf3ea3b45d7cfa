import { isoSeconds, pick, seededRandom, seededUuid } from '@/lib/sandbox/random';

export interface SystemLogRecord {
  RecordId: string;
  UtcTimestamp: string;
  CustomerId: string;
  EventType: string;
  TargetId: string | null;
  TargetDisplayName: string | null;
  TargetEmail: string | null;
  TargetUserId: string | null;
  TargetType: string | null;
  BeforeChanges: Record<string, unknown> | null;
  AfterChanges: Record<string, unknown> | null;
  AgentId: string;
  ServiceProfileName: string | null;
  ActorId: string | null;
  ActorDisplayName: string | null;
  ActorType: 'User' | 'System' | 'ApiClient';
  Message: Record<string, string>;
}

export const SYSTEM_LOG_SEED_COUNT = 260;

const ACTORS = [
  { name: 'Ravi Menon', type: 'User' as const },
  { name: 'Dana Whitfield', type: 'User' as const },
  { name: 'Sofia Lindqvist', type: 'User' as const },
  { name: 'CwcSystem', type: 'System' as const },
  { name: 'terraform-automation', type: 'ApiClient' as const },
];

interface Template {
  eventType: string;
  agentId: string;
  targetType: string;
  targets: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  message: (target: string) => string;
}

const TEMPLATES: Template[] = [
  {
    eventType: 'administrator/update',
    agentId: 'delegatedadministration',
    targetType: 'Administrator',
    targets: ['Dana Whitfield', 'Marcus Chen', 'Aiko Tanaka'],
    before: { AccessType: 'Custom' },
    after: { AccessType: 'Full' },
    message: (t) => `Administrator ${t} access changed from Custom to Full.`,
  },
  {
    eventType: 'administrator/create',
    agentId: 'delegatedadministration',
    targetType: 'Administrator',
    targets: ['Marcus Chen', 'Priya Natarajan'],
    before: null,
    after: { AccessType: 'Custom' },
    message: (t) => `Administrator ${t} was invited.`,
  },
  {
    eventType: 'resourcelocation/update',
    agentId: 'registry',
    targetType: 'ResourceLocation',
    targets: ['London DC', 'Azure East US'],
    before: { TimeZone: 'UTC' },
    after: { TimeZone: 'GMT Standard Time' },
    message: (t) => `Resource location ${t} was updated.`,
  },
  {
    eventType: 'connector/upgrade',
    agentId: 'agenthub',
    targetType: 'Connector',
    targets: ['ctx-cc01.corp.contoso.example', 'ctx-cc02.corp.contoso.example'],
    before: { Version: '6.80.0.1' },
    after: { Version: '6.82.0.13' },
    message: (t) => `Cloud Connector ${t} was upgraded.`,
  },
  {
    eventType: 'apiclient/create',
    agentId: 'trust',
    targetType: 'ApiClient',
    targets: ['terraform-automation', 'monitoring-export'],
    before: null,
    after: { Scope: 'Full' },
    message: (t) => `Secure client ${t} was created.`,
  },
  {
    eventType: 'machinecatalog/update',
    agentId: 'xendesktop',
    targetType: 'MachineCatalog',
    targets: ['Win11-Pooled', 'Win2022-MultiSession'],
    before: { Description: '' },
    after: { Description: 'Updated image' },
    message: (t) => `Machine catalog ${t} was modified.`,
  },
  {
    eventType: 'deliverygroup/update',
    agentId: 'xendesktop',
    targetType: 'DeliveryGroup',
    targets: ['Finance Desktops', 'Published Apps'],
    before: { InMaintenanceMode: true },
    after: { InMaintenanceMode: false },
    message: (t) => `Delivery group ${t} left maintenance mode.`,
  },
  {
    eventType: 'identityprovider/connect',
    agentId: 'cws',
    targetType: 'IdentityProvider',
    targets: ['Azure AD'],
    before: null,
    after: { Status: 'Connected' },
    message: (t) => `Identity provider ${t} was connected.`,
  },
];

function localized(english: string): Record<string, string> {
  // The sandbox localises only the English text; the other tags carry it marked, as a placeholder.
  return {
    'en-US': english,
    'de-DE': `[de] ${english}`,
    'es-ES': `[es] ${english}`,
    'fr-FR': `[fr] ${english}`,
    'ja-JP': `[ja] ${english}`,
  };
}

/** .NET ticks (100 ns since 0001-01-01) — the suffix real RecordIds carry. */
function ticks(ms: number): string {
  return (BigInt(ms) * 10_000n + 621_355_968_000_000_000n).toString();
}

export function makeSystemLogRecord(
  customerId: string,
  at: number,
  id: string,
  fields: Omit<SystemLogRecord, 'RecordId' | 'UtcTimestamp' | 'CustomerId'>,
): SystemLogRecord {
  return { RecordId: `${id}-${ticks(at)}`, UtcTimestamp: isoSeconds(at), CustomerId: customerId, ...fields };
}

/** About 260 records over the last ~30 days before `now`, newest first. */
export function seedSystemLog(customerId: string, now: number): SystemLogRecord[] {
  const random = seededRandom(`${customerId}/systemlog`);
  const records: SystemLogRecord[] = [];
  let at = now - 5 * 60_000;
  for (let index = 0; index < SYSTEM_LOG_SEED_COUNT; index++) {
    const template = pick(random, TEMPLATES);
    const actor = pick(random, ACTORS);
    const target = pick(random, template.targets);
    const targetId = seededUuid(`${customerId}/target/${template.targetType}/${target}`);
    const isPerson = template.targetType === 'Administrator';
    records.push(
      makeSystemLogRecord(customerId, at, seededUuid(`${customerId}/systemlog/${index}`), {
        EventType: template.eventType,
        TargetId: targetId,
        TargetDisplayName: target,
        TargetEmail: isPerson ? `${target.toLowerCase().replace(/\s+/g, '.')}@contoso.example` : null,
        TargetUserId: isPerson ? targetId : null,
        TargetType: template.targetType,
        BeforeChanges: template.before,
        AfterChanges: template.after,
        AgentId: template.agentId,
        ServiceProfileName: null,
        ActorId: actor.type === 'System' ? null : seededUuid(`${customerId}/actor/${actor.name}`),
        ActorDisplayName: actor.name,
        ActorType: actor.type,
        Message: localized(template.message(target)),
      }),
    );
    at -= Math.floor(90 * 60_000 + random() * 4 * 3600_000);
  }
  return records;
}

export { localized as localizedMessage };
