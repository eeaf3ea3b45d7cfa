import type { OperationHandlers, SandboxContext } from '@/lib/sandbox/handler';
import { jsonResponse } from '@/lib/sandbox/http';
import { queryParam } from '@/lib/sandbox/query';

import { logChange, type CustomerData } from '../../sandbox-state';
import type { MachineRecord, PowerState, RegistrationState } from '../types';
import {
  booleanParam,
  errorData,
  findByNameOrId,
  isAsync,
  itemResponse,
  notFound,
  pageResponse,
  refuseNotEmulated,
  startJob,
  withSite,
} from './common';
import { machineView } from './views';

type PowerAction = 'start' | 'shutdown' | 'reboot' | 'suspend' | 'resume';

interface ActionRule {
  jobType: string;
  /** Power states the action is allowed from. */
  from: readonly PowerState[];
  /** Shown while an async action runs. */
  transitional: PowerState;
  final: PowerState;
  registration: RegistrationState;
}

const RULES: Record<PowerAction, ActionRule> = {
  start: {
    jobType: 'StartMachines',
    from: ['Off', 'On', 'Unknown'],
    transitional: 'TurningOn',
    final: 'On',
    registration: 'Registered',
  },
  shutdown: {
    jobType: 'ShutDownMachines',
    from: ['On', 'Off', 'Unknown'],
    transitional: 'TurningOff',
    final: 'Off',
    registration: 'Unregistered',
  },
  reboot: {
    jobType: 'RebootMachines',
    from: ['On'],
    transitional: 'TurningOn',
    final: 'On',
    registration: 'Registered',
  },
  suspend: {
    jobType: 'SuspendMachines',
    from: ['On'],
    transitional: 'Suspending',
    final: 'Suspended',
    registration: 'Unregistered',
  },
  resume: {
    jobType: 'ResumeMachines',
    from: ['Suspended'],
    transitional: 'Resuming',
    final: 'On',
    registration: 'Registered',
  },
};

/**
 * Machines are named `DOMAIN\name`; as in DaaS, `DOMAIN|name` (no backslash to escape in a URL),
 * the DNS name and the bare name find them too.
 */
export function findMachine(data: CustomerData, nameOrId: string): MachineRecord | undefined {
  return findByNameOrId(
    data.daas.machines,
    nameOrId.replace('|', '\\'),
    (machine, wanted) =>
      machine.DnsName.toLowerCase() === wanted || machine.Name.toLowerCase().split('\\').pop() === wanted,
  );
}

/** `delay` is declared on $shutdown and $suspend; the sandbox acts at once, so it refuses one. */
const NOT_EMULATED: Record<PowerAction, string[]> = {
  start: [],
  shutdown: ['delay'],
  reboot: [],
  suspend: ['delay'],
  resume: [],
};

function powerAction(action: PowerAction) {
  return (context: SandboxContext, data: CustomerData): Response => {
    const refused = refuseNotEmulated(context.url, NOT_EMULATED[action]);
    if (refused) return refused;
    // `force` (shutdown, reboot) changes nothing here: no user work to lose in the sandbox.
    for (const flag of ['force', 'async']) {
      const parsed = booleanParam(context.url, flag);
      if (!parsed.ok) return parsed.response;
    }
    const detailParam = booleanParam(context.url, 'detailResponseRequired');
    if (!detailParam.ok) return detailParam.response;
    const detail = detailParam.value ?? true;
    const nameOrId = context.params.nameOrId ?? '';
    const machine = findMachine(data, nameOrId);
    if (!machine) return notFound('Machine', nameOrId);
    const rule = RULES[action];
    const catalog = data.daas.catalogs.find((candidate) => candidate.Id === machine.MachineCatalog.Id);
    if (!catalog?.IsPowerManaged || !rule.from.includes(machine.PowerState)) {
      return errorData(
        400,
        'Machine does not support specified power action.',
        'MachinePowerActionNotSupported',
        `${machine.Name} is ${machine.PowerState}.`,
      );
    }
    const before = machine.PowerState;
    const land = () => {
      machine.PowerState = rule.final;
      machine.RegistrationState = rule.registration;
      machine.LastDeregistrationReason = rule.registration === 'Unregistered' ? 'AgentShutdown' : null;
      // Shutting down, rebooting or suspending ends the machine's sessions, as on a real VDA.
      if (action !== 'start' && action !== 'resume')
        data.daas.sessions = data.daas.sessions.filter((session) => session.Machine.Id !== machine.Id);
      logChange(data, context.claims.clientId, {
        eventType: `machine/${action}`,
        agentId: 'xendesktop',
        targetType: 'Machine',
        targetId: machine.Id,
        targetDisplayName: machine.Name,
        before: { PowerState: before },
        after: { PowerState: rule.final },
        message: `Power action ${action} was run on ${machine.Name}.`,
      });
    };
    if (isAsync(context.url)) {
      machine.PowerState = rule.transitional;
      return startJob(
        context,
        data,
        rule.jobType,
        { Machine: machine.Name, Action: action },
        () => machineView(data, machine, true),
        land,
      );
    }
    land();
    return jsonResponse(200, machineView(data, machine, detail));
  };
}

export const daasMachinesHandlers: OperationHandlers = {
  Machines_GetMachines: withSite((context, data) => {
    const url = context.url;
    const rawSupport = queryParam(url, 'sessionSupport');
    const support = rawSupport
      ? ['Unknown', 'SingleSession', 'MultiSession'].find(
          (value) => value.toLowerCase() === rawSupport.toLowerCase(),
        )
      : undefined;
    if (rawSupport && !support)
      return errorData(
        400,
        'sessionSupport must be one of Unknown, SingleSession, MultiSession.',
        'InvalidParameter',
      );
    const configured = booleanParam(url, 'configured');
    if (!configured.ok) return configured.response;
    // Every sandbox machine is in a catalog (configured); `configured=false` lists none.
    const machines = () =>
      configured.value === false
        ? []
        : data.daas.machines
            .filter((machine) => !support || machine.SessionSupport === support)
            .map((machine) => machineView(data, machine));
    if (isAsync(url))
      return startJob(context, data, 'GetMachines', { async: 'true' }, () => ({
        Items: machines(),
        ContinuationToken: null,
      }));
    return pageResponse(url, machines());
  }),
  Machines_GetMachine: withSite(({ params, url }, data) => {
    const machine = findMachine(data, params.nameOrId ?? '');
    return machine
      ? itemResponse(url, machineView(data, machine, true), true)
      : notFound('Machine', params.nameOrId ?? '');
  }),
  Machines_StartMachine: withSite(powerAction('start')),
  Machines_ShutdownMachine: withSite(powerAction('shutdown')),
  Machines_RebootMachine: withSite(powerAction('reboot')),
  Machines_SuspendMachine: withSite(powerAction('suspend')),
  Machines_ResumeMachine: withSite(powerAction('resume')),
};
