import type { MachineRecord, PowerState, RegistrationState } from '../data/daas-types';
import { jsonResponse } from '../http';
import type { SandboxContext, SandboxRoute } from '../route-table';
import { logChange, type CustomerData } from '../store';
import {
  errorData,
  findByNameOrId,
  isAsync,
  notFound,
  pageResponse,
  startJob,
  withSite,
} from './daas-common';
import { machineView } from './daas-views';

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

/** Machines are named `DOMAIN\name`; the DNS name and the bare name find them too. */
export function findMachine(data: CustomerData, nameOrId: string): MachineRecord | undefined {
  return findByNameOrId(
    data.daas.machines,
    nameOrId,
    (machine, wanted) =>
      machine.DnsName.toLowerCase() === wanted || machine.Name.toLowerCase().split('\\').pop() === wanted,
  );
}

function powerAction(action: PowerAction) {
  return (context: SandboxContext, data: CustomerData): Response => {
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
        () => machineView(data, machine),
        land,
      );
    }
    land();
    return jsonResponse(200, machineView(data, machine));
  };
}

export const daasMachinesRoutes: SandboxRoute[] = [
  {
    method: 'GET',
    pattern: '/cvad/manage/Machines',
    customer: 'header-daas',
    handler: withSite(({ url }, data) =>
      pageResponse(
        url,
        data.daas.machines.map((machine) => machineView(data, machine)),
      ),
    ),
  },
  {
    method: 'GET',
    pattern: '/cvad/manage/Machines/:nameOrId',
    customer: 'header-daas',
    handler: withSite(({ params }, data) => {
      const machine = findMachine(data, params.nameOrId ?? '');
      return machine
        ? jsonResponse(200, machineView(data, machine))
        : notFound('Machine', params.nameOrId ?? '');
    }),
  },
  ...(Object.keys(RULES) as PowerAction[]).map((action) => ({
    method: 'POST',
    pattern: `/cvad/manage/Machines/:nameOrId/$${action}`,
    customer: 'header-daas' as const,
    handler: withSite(powerAction(action)),
  })),
];
