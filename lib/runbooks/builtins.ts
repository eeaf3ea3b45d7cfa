import { sourceUrlFor } from './operations';
import type { ArazzoDocument, ArazzoStep } from './schema';

/**
 * The built-in runbooks, as Arazzo 1.0 documents: each runs end to end on the sandbox and can
 * be exported and run by any Arazzo tool. Sources are named by catalog service id. No token and
 * no secret appear in them: the proxy adds the session's Authorization to every call.
 */

export interface BuiltInRunbook {
  id: string;
  document: ArazzoDocument;
}

const source = (name: string) => ({ name, url: sourceUrlFor(name), type: 'openapi' as const });

/** Polling as the runbook page does it on the sandbox (its jobs take ~4 s); Citrix's client polls every 10 s. */
const SANDBOX_POLLING = { intervalSeconds: 2, limit: 30 };

const site = { name: 'Citrix-InstanceId', in: 'header' as const, value: '$steps.me.outputs.siteId' };
const asyncQuery = { name: 'async', in: 'query' as const, value: 'true' };
const ok200 = [{ condition: '$statusCode == 200' }];

const meStep: ArazzoStep = {
  stepId: 'me',
  description: 'Who the token belongs to, and the site to manage (its id goes in Citrix-InstanceId).',
  operationId: 'Me_GetMe',
  successCriteria: ok200,
  outputs: { siteId: '$response.body#/Customers/0/Sites/0/Id', customerId: '$response.body#/Customers/0/Id' },
};

const document = (
  title: string,
  summary: string,
  sources: string[],
  workflow: ArazzoDocument['workflows'][number],
): ArazzoDocument => ({
  arazzo: '1.0.1',
  info: { title, version: '1.0.0', summary },
  sourceDescriptions: sources.map(source),
  workflows: [{ 'x-job-polling': SANDBOX_POLLING, ...workflow }],
});

export const ONBOARD_TEAM = document(
  'Onboard a team',
  'A machine catalog, its machines and a delivery group for a new team, powered on.',
  ['daas'],
  {
    workflowId: 'onboardTeam',
    summary: 'Onboard a team',
    description:
      'Reads the site and its zones, creates a machine catalog (a job, tracked until it completes), adds two machines (a job each), creates a delivery group from them (another job), powers the first one on (a job too) and lists the sessions.',
    inputs: {
      type: 'object',
      properties: {
        team: { type: 'string', default: 'Pilot', description: 'Names the catalog and the delivery group.' },
        machine1: {
          type: 'string',
          default: 'PILOT-VDA-01',
          description: 'First machine account (without the domain).',
        },
        machine2: { type: 'string', default: 'PILOT-VDA-02', description: 'Second machine account.' },
      },
      required: ['team', 'machine1', 'machine2'],
    },
    steps: [
      meStep,
      {
        stepId: 'zones',
        description: "The site's zones; the catalog goes in the first.",
        operationId: 'Zones_GetZones',
        parameters: [site],
        successCriteria: ok200,
        outputs: { zoneId: '$response.body#/Items/0/Id', zoneName: '$response.body#/Items/0/Name' },
      },
      {
        stepId: 'createCatalog',
        description:
          'Creates the machine catalog as a job (async=true), then reads the job until it completes.',
        operationId: 'MachineCatalogs_CreateMachineCatalog',
        parameters: [site, asyncQuery],
        requestBody: {
          contentType: 'application/json',
          payload: {
            Name: '{$inputs.team}-Desktops',
            Description: 'Created by the Onboard a team runbook',
            AllocationType: 'Random',
            SessionSupport: 'SingleSession',
            ProvisioningType: 'Manual',
            MachineType: 'Virtual',
            Zone: '$steps.zones.outputs.zoneId',
          },
        },
        successCriteria: ok200,
        outputs: { catalogId: '$response.body#/Id', catalogName: '$response.body#/Name' },
      },
      {
        stepId: 'addMachine1',
        description: 'Adding a machine always runs as a job: its results are the machine.',
        operationId: 'MachineCatalogs_AddMachineCatalogMachine',
        parameters: [
          site,
          asyncQuery,
          { name: 'nameOrId', in: 'path', value: '$steps.createCatalog.outputs.catalogId' },
        ],
        requestBody: {
          contentType: 'application/json',
          payload: { MachineName: 'CONTOSO\\{$inputs.machine1}' },
        },
        successCriteria: ok200,
        outputs: { machineId: '$response.body#/Id', machineName: '$response.body#/Name' },
      },
      {
        stepId: 'addMachine2',
        operationId: 'MachineCatalogs_AddMachineCatalogMachine',
        parameters: [
          site,
          asyncQuery,
          { name: 'nameOrId', in: 'path', value: '$steps.createCatalog.outputs.catalogId' },
        ],
        requestBody: {
          contentType: 'application/json',
          payload: { MachineName: 'CONTOSO\\{$inputs.machine2}' },
        },
        successCriteria: ok200,
        outputs: { machineId: '$response.body#/Id' },
      },
      {
        stepId: 'createGroup',
        description: 'A delivery group of both machines, created as a job.',
        operationId: 'DeliveryGroups_CreateDeliveryGroup',
        parameters: [site, asyncQuery],
        requestBody: {
          contentType: 'application/json',
          payload: {
            Name: '{$inputs.team} Desktops',
            Description: 'Created by the Onboard a team runbook',
            DeliveryType: 'DesktopsOnly',
            MachineCatalogs: [{ MachineCatalog: '$steps.createCatalog.outputs.catalogId', Count: 2 }],
          },
        },
        successCriteria: ok200,
        outputs: { groupId: '$response.body#/Id', groupName: '$response.body#/Name' },
      },
      {
        stepId: 'powerOn',
        description: 'Starts the first machine (a job); it is On when the job completes.',
        operationId: 'Machines_StartMachine',
        parameters: [
          site,
          asyncQuery,
          { name: 'nameOrId', in: 'path', value: '$steps.addMachine1.outputs.machineId' },
        ],
        successCriteria: [{ condition: "$statusCode == 200 && $response.body#/PowerState == 'On'" }],
        outputs: { powerState: '$response.body#/PowerState' },
      },
      {
        stepId: 'sessions',
        description: "The site's sessions (a new desktop has none until a user connects).",
        operationId: 'Sessions_GetSessions',
        parameters: [site],
        successCriteria: ok200,
        outputs: { firstSession: '$response.body#/Items/0/Id' },
      },
    ],
    outputs: {
      catalogId: '$steps.createCatalog.outputs.catalogId',
      groupId: '$steps.createGroup.outputs.groupId',
    },
  },
);

export const LOG_OFF_USER = document(
  "Find and log off a user's sessions",
  "Finds a user's latest open session with Monitor and logs it off in DaaS.",
  ['monitorodata', 'daas'],
  {
    workflowId: 'logOffUser',
    summary: "Find and log off a user's sessions",
    description:
      "Looks the user up in Monitor, finds their latest session that has not ended, logs it off (a job) and lists the sessions that remain. Run it again for the user's next session.",
    inputs: {
      type: 'object',
      properties: {
        userName: { type: 'string', default: 'mlopez', description: 'The user name (sAMAccountName).' },
      },
      required: ['userName'],
    },
    steps: [
      {
        stepId: 'findUser',
        operationId: 'OData_GetUsers',
        parameters: [{ name: '$filter', in: 'query', value: "UserName eq '{$inputs.userName}'" }],
        successCriteria: ok200,
        outputs: { userId: '$response.body#/value/0/Id', upn: '$response.body#/value/0/Upn' },
      },
      {
        stepId: 'findSession',
        description: "The user's latest session that has not ended (ConnectionState 3 is Terminated).",
        operationId: 'OData_GetSessions',
        parameters: [
          {
            name: '$filter',
            in: 'query',
            value: 'UserId eq {$steps.findUser.outputs.userId} and EndDate eq null',
          },
          { name: '$orderby', in: 'query', value: 'StartDate desc' },
          { name: '$top', in: 'query', value: '1' },
        ],
        successCriteria: ok200,
        outputs: { sessionKey: '$response.body#/value/0/SessionKey' },
      },
      meStep,
      {
        stepId: 'logOff',
        description: 'Logs the session off as a job.',
        operationId: 'Sessions_LogoffSession',
        parameters: [
          site,
          asyncQuery,
          { name: 'id', in: 'path', value: '$steps.findSession.outputs.sessionKey' },
        ],
        successCriteria: ok200,
      },
      {
        stepId: 'remaining',
        operationId: 'Sessions_GetSessions',
        parameters: [site],
        successCriteria: ok200,
        outputs: { remaining: '$response.body#/Items' },
      },
    ],
  },
);

export const RETIRE_MACHINE = document(
  'Put a machine in maintenance and delete it',
  'Maintenance mode first, so no new session starts; then the machine is removed.',
  ['daas'],
  {
    workflowId: 'retireMachine',
    summary: 'Put a machine in maintenance and delete it',
    description:
      'Reads the machine, puts it in maintenance mode, checks it has no sessions left, and removes it from its catalog (a job).',
    inputs: {
      type: 'object',
      properties: {
        machine: {
          type: 'string',
          default: 'CONTOSO\\W11-POOL-004',
          description: 'DOMAIN\\name, DNS name or id.',
        },
      },
      required: ['machine'],
    },
    steps: [
      meStep,
      {
        stepId: 'machine',
        operationId: 'Machines_GetMachine',
        parameters: [site, { name: 'nameOrId', in: 'path', value: '$inputs.machine' }],
        successCriteria: ok200,
        outputs: { machineId: '$response.body#/Id', sessionCount: '$response.body#/SessionCount' },
      },
      {
        stepId: 'maintenance',
        operationId: 'Machines_UpdateMachine',
        parameters: [site, { name: 'nameOrId', in: 'path', value: '$steps.machine.outputs.machineId' }],
        requestBody: { contentType: 'application/json', payload: { InMaintenanceMode: true } },
        successCriteria: [{ condition: '$statusCode == 204' }],
      },
      {
        stepId: 'check',
        description: 'In maintenance, with no sessions: safe to remove.',
        operationId: 'Machines_GetMachine',
        parameters: [site, { name: 'nameOrId', in: 'path', value: '$steps.machine.outputs.machineId' }],
        successCriteria: [{ condition: '$statusCode == 200 && $response.body#/InMaintenanceMode == true' }],
        outputs: { inMaintenance: '$response.body#/InMaintenanceMode' },
      },
      {
        stepId: 'remove',
        operationId: 'Machines_RemoveMachine',
        parameters: [
          site,
          asyncQuery,
          { name: 'nameOrId', in: 'path', value: '$steps.machine.outputs.machineId' },
        ],
        successCriteria: ok200,
      },
    ],
  },
);

export const INVITE_ADMIN = document(
  'Invite an administrator and scope their access',
  'Invites an administrator with custom access, then narrows it to the help desk role.',
  ['administrators'],
  {
    workflowId: 'inviteAdmin',
    summary: 'Invite an administrator and scope their access',
    description:
      'Invites the administrator by e-mail with custom access to the system log, then replaces their access with the DaaS help desk role, and lists the administrators.',
    inputs: {
      type: 'object',
      properties: {
        email: { type: 'string', default: 'helpdesk.lead@contoso.example' },
        firstName: { type: 'string', default: 'Ana' },
        lastName: { type: 'string', default: 'Ferreira' },
      },
      required: ['email'],
    },
    steps: [
      {
        stepId: 'invite',
        operationId: 'CreateAdministrator',
        requestBody: {
          contentType: 'application/json',
          payload: {
            type: 'AdministratorUser',
            providerType: 'CitrixSts',
            accessType: 'Custom',
            email: '$inputs.email',
            firstName: '$inputs.firstName',
            lastName: '$inputs.lastName',
            policies: [
              {
                name: 'systemlog',
                serviceName: 'Platform',
                checkable: { value: true, canChangeValue: true },
              },
            ],
          },
        },
        successCriteria: [{ condition: '$statusCode == 200 && $response.body#/pending == true' }],
        outputs: { adminId: '$response.body#/ucOid' },
      },
      {
        stepId: 'scope',
        description: 'Help desk only: the access the team lead needs, nothing more.',
        operationId: 'UpdateAdministratorAccess',
        parameters: [{ name: 'id', in: 'query', value: '$steps.invite.outputs.adminId' }],
        requestBody: {
          contentType: 'application/json',
          payload: {
            accessType: 'Custom',
            policies: [
              {
                name: 'xendesktop-helpdesk',
                serviceName: 'XenDesktop',
                checkable: { value: true, canChangeValue: true },
                scopeChoices: { allScopesSelected: true, choices: [] },
              },
            ],
          },
        },
        successCriteria: ok200,
      },
      {
        stepId: 'administrators',
        description: 'The administrators, the invitation among them (pending until it is accepted).',
        operationId: 'FetchAdministrators',
        successCriteria: ok200,
      },
    ],
  },
);

export const SLOW_LOGONS = document(
  'Who logged on slowly today',
  "Today's sessions whose logon took longer than a threshold, slowest first, with their users.",
  ['monitorodata'],
  {
    workflowId: 'slowLogons',
    summary: 'Who logged on slowly today',
    description:
      'Monitor: the sessions started since midnight (UTC) with a logon duration above the threshold, slowest first, then the slowest user.',
    inputs: {
      type: 'object',
      properties: {
        since: {
          type: 'string',
          description: 'ISO date-time; midnight UTC today when left empty.',
          'x-default': 'today',
        },
        thresholdMs: { type: 'integer', default: 30000, description: 'Logon duration, in milliseconds.' },
      },
      required: ['since', 'thresholdMs'],
    },
    steps: [
      {
        stepId: 'slowSessions',
        operationId: 'OData_GetSessions',
        parameters: [
          {
            name: '$filter',
            in: 'query',
            value: 'StartDate ge {$inputs.since} and LogOnDuration gt {$inputs.thresholdMs}',
          },
          { name: '$orderby', in: 'query', value: 'LogOnDuration desc' },
          { name: '$top', in: 'query', value: '20' },
        ],
        successCriteria: ok200,
        outputs: {
          slowest: '$response.body#/value/0/LogOnDuration',
          slowestUserId: '$response.body#/value/0/UserId',
          sessions: '$response.body#/value',
        },
      },
      {
        stepId: 'slowestUser',
        operationId: 'OData_GetUsers',
        parameters: [
          { name: '$filter', in: 'query', value: 'Id eq {$steps.slowSessions.outputs.slowestUserId}' },
        ],
        successCriteria: ok200,
        outputs: { userName: '$response.body#/value/0/UserName', upn: '$response.body#/value/0/Upn' },
      },
    ],
  },
);

export const BUILT_IN_RUNBOOKS: readonly BuiltInRunbook[] = [
  { id: 'onboard-team', document: ONBOARD_TEAM },
  { id: 'log-off-user', document: LOG_OFF_USER },
  { id: 'retire-machine', document: RETIRE_MACHINE },
  { id: 'invite-admin', document: INVITE_ADMIN },
  { id: 'slow-logons', document: SLOW_LOGONS },
];
