import {
  baseComponents,
  CITRIX_CONTACT,
  COMMON_ERRORS,
  DEMO,
  gatewayServers,
  json,
  OPENAPI_VERSION,
  paramRef,
  responseRef,
  schemaRef,
} from '../shared-schemas';
import { applicationDetailView } from './application-detail';
import {
  applicationExample,
  catalogExample,
  DAAS_DEMO,
  deliveryGroupDetailExample,
  deliveryGroupExample,
  jobExample,
  machineDetailExample,
  machineExample,
  meExample,
  sessionExample,
  siteExample,
  zoneExample,
} from './examples';
import { DAAS_PARAMETERS, DAAS_RESPONSES, DAAS_SCHEMAS } from './schemas';

const localRef = (name: keyof typeof DAAS_PARAMETERS) => ({ $ref: `#/components/parameters/${name}` });
const PAGING = [localRef('Limit'), localRef('ContinuationToken')];

interface OperationInput {
  id: string;
  tag: string;
  summary: string;
  description: string;
  /** False for the calls that discover the site (no Citrix-InstanceId): /me, /Sites, /Sites/{nameOrId}. */
  site?: boolean;
  parameters?: unknown[];
  body?: { schema: string; example: unknown };
  responses: Record<string, unknown>;
}

function op({
  id,
  tag,
  summary,
  description,
  site = true,
  parameters = [],
  body,
  responses,
}: OperationInput) {
  const headers = [
    paramRef('Authorization'),
    paramRef('CitrixCustomerId'),
    ...(site ? [paramRef('CitrixInstanceId')] : []),
    paramRef('Accept'),
    paramRef('CitrixTransactionId'),
    localRef('CitrixLocale'),
  ];
  return {
    operationId: id,
    summary,
    description,
    tags: [tag],
    parameters: [...headers, ...parameters],
    ...(body ? { requestBody: { required: true, content: json(schemaRef(body.schema), body.example) } } : {}),
    responses: {
      ...responses,
      ...(site ? { '400': responseRef('DaasBadRequest'), '404': responseRef('DaasNotFound') } : {}),
      ...COMMON_ERRORS,
    },
  };
}

const ok = (description: string, schema: string, example: unknown) => ({
  '200': { description, content: json(schemaRef(schema), example) },
});
const accepted = { '202': responseRef('DaasAccepted') };
const nameOrId = (what: string, example: string) => ({
  name: 'nameOrId',
  in: 'path',
  required: true,
  description: `${what} name or id. URL-encode it: machine names contain a backslash (\`DOMAIN\\name\` → \`DOMAIN%5Cname\`).`,
  schema: { type: 'string' },
  example,
});
const idParam = (what: string, example: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `${what} id.`,
  schema: { type: 'string', format: 'uuid' },
  example,
});
const page = <T>(item: T) => ({ Items: [item], ContinuationToken: null });
const noContent = (description: string) => ({ '204': { description }, ...accepted });

const POWER_ACTIONS: [string, string, string, string][] = [
  ['start', 'Start', 'Powers a machine on. Allowed when it is off.', DAAS_DEMO.offMachine],
  ['shutdown', 'Shutdown', 'Shuts a machine down; its sessions end.', DAAS_DEMO.onMachine],
  ['reboot', 'Reboot', 'Restarts a running machine; its sessions end.', DAAS_DEMO.machineName],
  ['suspend', 'Suspend', 'Suspends a running machine; its sessions end.', DAAS_DEMO.dedicatedOnMachine],
  ['resume', 'Resume', 'Resumes a suspended machine.', DAAS_DEMO.suspendedMachine],
];

const powerPaths = Object.fromEntries(
  POWER_ACTIONS.map(([action, verb, text, example]) => [
    `/Machines/{nameOrId}/$${action}`,
    {
      post: op({
        id: `Machines_${verb}Machine`,
        tag: 'Machines',
        summary: `${verb} a machine`,
        description: `${text} Machines that are not power managed (Remote PC) or in a state the action does not apply to answer 400 \`Machine does not support specified power action.\`\n\nWith \`async=true\` the machine shows a transitional power state until the job completes.`,
        parameters: [
          nameOrId('Machine', example),
          localRef('Async'),
          localRef('DetailResponseRequired'),
          ...(action === 'shutdown' || action === 'reboot' ? [localRef('Force')] : []),
        ],
        responses: {
          ...ok('The machine after the action (the detail model).', 'MachineDetail', machineDetailExample),
          ...accepted,
        },
      }),
    },
  ]),
);

interface ItemEdit {
  tag: string;
  what: string;
  patchId: string;
  deleteId: string;
  example: string;
  /** The item the delete example removes (one the seed can lose). */
  deleteExample?: string;
  bodySchema: string;
  bodyExample: unknown;
  deleteText: string;
  /** What the edit answers when it is not 204: Citrix answers a catalog's edit with the catalog. */
  patchAnswer?: Record<string, unknown>;
}

/** PATCH (edit, 204) and DELETE (204) of one item by name or id; both accept `async=true`. */
function itemEdits(path: string, edit: ItemEdit) {
  const what = edit.what[0]!.toUpperCase() + edit.what.slice(1);
  return {
    [path]: {
      patch: op({
        id: edit.patchId,
        tag: edit.tag,
        summary: `Edit a ${edit.what}`,
        description: `Changes the fields the body names; the others stay. Answers ${edit.patchAnswer ? `200 with the ${edit.what} as it now is` : '204'} (202 with \`async=true\`). A name another ${edit.what} has answers 409.`,
        parameters: [nameOrId(what, edit.example), localRef('Async')],
        body: { schema: edit.bodySchema, example: edit.bodyExample },
        responses: edit.patchAnswer ? { ...edit.patchAnswer, ...accepted } : noContent('Changed.'),
      }),
      delete: op({
        id: edit.deleteId,
        tag: edit.tag,
        summary: `Delete a ${edit.what}`,
        description: `${edit.deleteText} Answers 204 (202 with \`async=true\`).`,
        parameters: [nameOrId(what, edit.deleteExample ?? edit.example), localRef('Async')],
        responses: noContent('Deleted.'),
      }),
    },
  };
}

export const daasDocument = {
  openapi: OPENAPI_VERSION,
  info: {
    title: 'Citrix DaaS REST API',
    version: '1.0',
    description:
      "A representative subset of the Citrix DaaS (Virtual Apps and Desktops service) REST API under `/cvad/manage`, in Citrix's own models. Bodies are **PascalCase**.\n\nEvery call except `GET /me`, `GET /Sites` and `GET /Sites/{nameOrId}` needs the site id in `Citrix-InstanceId`. Lists page with `limit` and `continuationToken` (answer: `ContinuationToken`). Long calls accept `async=true` and answer `202` with a `Location` to a job. A query parameter Citrix declares but the sandbox does not emulate answers 400 saying so.",
    contact: CITRIX_CONTACT,
  },
  servers: gatewayServers('/cvad/manage'),
  tags: [
    'Me',
    'Sites',
    'MachineCatalogs',
    'DeliveryGroups',
    'Machines',
    'Sessions',
    'Applications',
    'Zones',
    'Jobs',
  ].map((name) => ({ name })),
  paths: {
    '/me': {
      get: op({
        id: 'Me_GetMe',
        tag: 'Me',
        site: false,
        summary: 'Get the caller and its sites',
        description:
          'Who the token belongs to, and the customers and site ids it can manage. Use a site id as `Citrix-InstanceId` on every other call.',
        responses: ok('The caller.', 'MeResponse', meExample),
      }),
    },
    '/Sites': {
      get: op({
        id: 'Sites_GetSites',
        tag: 'Sites',
        site: false,
        summary: 'List sites',
        description: "The customer's DaaS sites.",
        responses: ok('The sites.', 'SiteList', { Items: [{ Id: siteExample.Id, Name: siteExample.Name }] }),
      }),
    },
    '/Sites/{nameOrId}': {
      get: op({
        id: 'Sites_GetSite',
        tag: 'Sites',
        site: false,
        summary: 'Get a site',
        description:
          'One site, with its product and orchestration API versions (`OrchestationApiVersion` is an integer). Needs no `Citrix-InstanceId`: clients read it before they pick a site.',
        parameters: [nameOrId('Site', DEMO.siteId)],
        responses: { ...ok('The site.', 'Site', siteExample), '404': responseRef('DaasNotFound') },
      }),
    },
    '/MachineCatalogs': {
      get: op({
        id: 'MachineCatalogs_GetMachineCatalogs',
        tag: 'MachineCatalogs',
        summary: 'List machine catalogs',
        description:
          "The site's machine catalogs, with machine counts. With `async=true` the list is produced by a job: 202, then `GET /Jobs/{id}` until `Complete`, then `GET /Jobs/{id}/Results`.",
        parameters: [...PAGING, localRef('Async'), localRef('Fields')],
        responses: { ...ok('A page of catalogs.', 'MachineCatalogList', page(catalogExample)), ...accepted },
      }),
      post: op({
        id: 'MachineCatalogs_CreateMachineCatalog',
        tag: 'MachineCatalogs',
        summary: 'Create a machine catalog',
        description: 'Creates an empty machine catalog. With `async=true` it appears once the job completes.',
        parameters: [localRef('Async')],
        body: {
          schema: 'CreateMachineCatalogRequest',
          example: {
            Name: 'Win11-Pilot',
            Description: 'Pilot image',
            AllocationType: 'Random',
            SessionSupport: 'SingleSession',
            ProvisioningType: 'Manual',
            PersistUserChanges: 'Discard',
            MachineType: 'Virtual',
            MinimumFunctionalLevel: 'L7_20',
            Zone: 'Azure East US',
          },
        },
        responses: {
          '200': {
            description: 'The new catalog.',
            content: json(schemaRef('MachineCatalog'), {
              ...catalogExample,
              Name: 'Win11-Pilot',
              FullName: 'Win11-Pilot',
              TotalCount: 0,
              UsedCount: 0,
              UnassignedCount: 0,
              DeliveryGroups: [],
            }),
          },
          ...accepted,
          '409': {
            description: 'A catalog with that name exists.',
            content: json(schemaRef('ErrorData'), {
              ErrorMessage: 'A machine catalog named Win11-Pooled already exists.',
              SdkErrorId: 'MachineCatalogNameInUse',
            }),
          },
        },
      }),
    },
    '/MachineCatalogs/{nameOrId}': {
      get: op({
        id: 'MachineCatalogs_GetMachineCatalog',
        tag: 'MachineCatalogs',
        summary: 'Get a machine catalog',
        description: 'One machine catalog by name or id, with the delivery groups that use its machines.',
        parameters: [
          nameOrId('Machine catalog', DAAS_DEMO.catalogName),
          localRef('Async'),
          localRef('Fields'),
        ],
        responses: {
          ...ok('The catalog.', 'MachineCatalog', {
            ...catalogExample,
            AgentVersion: '2411.0.0.1011',
            OSType: 'Windows 11',
            DeliveryGroups: [
              { Id: DAAS_DEMO.deliveryGroupId, Name: DAAS_DEMO.deliveryGroupName, Total: 6, NumAssigned: 0 },
            ],
          }),
          ...accepted,
        },
      }),
      ...itemEdits('/MachineCatalogs/{nameOrId}', {
        tag: 'MachineCatalogs',
        what: 'machine catalog',
        patchId: 'MachineCatalogs_UpdateMachineCatalog',
        deleteId: 'MachineCatalogs_DeleteMachineCatalog',
        example: DAAS_DEMO.catalogName,
        deleteExample: DAAS_DEMO.undeliveredCatalog.Name,
        patchAnswer: ok('The catalog after the change.', 'MachineCatalog', catalogExample),
        bodySchema: 'UpdateMachineCatalogRequest',
        bodyExample: { Description: 'Pooled Windows 11 desktops for Finance' },
        deleteText:
          'Deletes the catalog and its machines. A catalog whose machines are in a delivery group answers 400: remove them from the group (or delete the group) first.',
      })['/MachineCatalogs/{nameOrId}'],
    },
    '/MachineCatalogs/{nameOrId}/Machines/{machine}': {
      delete: op({
        id: 'MachineCatalogs_RemoveMachineCatalogMachine',
        tag: 'MachineCatalogs',
        summary: 'Remove a machine from a catalog',
        description:
          'Removes the machine from its catalog and the site. A machine with sessions, or in a delivery group and not in maintenance mode, answers 400.',
        parameters: [
          nameOrId('Machine catalog', DAAS_DEMO.undeliveredCatalog.Name),
          { ...nameOrId('Machine', DAAS_DEMO.undeliveredMachine), name: 'machine' },
          localRef('Async'),
        ],
        responses: noContent('Removed.'),
      }),
    },
    '/MachineCatalogs/{nameOrId}/Machines': {
      get: op({
        id: 'MachineCatalogs_GetMachineCatalogMachines',
        tag: 'MachineCatalogs',
        summary: 'List the machines of a catalog',
        description: 'The machines of one catalog.',
        parameters: [
          nameOrId('Machine catalog', DAAS_DEMO.catalogName),
          ...PAGING,
          localRef('Async'),
          localRef('Fields'),
        ],
        responses: { ...ok('A page of machines.', 'MachineList', page(machineExample)), ...accepted },
      }),
      post: op({
        id: 'MachineCatalogs_AddMachineCatalogMachine',
        tag: 'MachineCatalogs',
        summary: 'Add a machine to a catalog',
        description:
          "Adds an existing machine account (`DOMAIN\\name`) to the catalog. It joins no delivery group; a power-managed catalog adds it powered off. Adding always runs as a job: the answer is the job (200), or with `async=true` a 202 and its `Location`; the machine appears once the job completes, and the job's results are the machine.",
        parameters: [nameOrId('Machine catalog', DAAS_DEMO.catalogName), localRef('Async')],
        body: { schema: 'AddMachineToCatalogRequest', example: { MachineName: 'CONTOSO\\W11-POOL-007' } },
        responses: {
          ...ok('The job that adds the machine (adding always runs as a job).', 'Job', {
            ...jobExample,
            Type: 'AddMachineCatalogMachine',
          }),
          ...accepted,
          '409': {
            description: 'The machine is already in a catalog.',
            content: json(schemaRef('ErrorData'), {
              ErrorMessage: 'The machine CONTOSO\\W11-POOL-001 is already in a machine catalog.',
              SdkErrorId: 'MachineAlreadyInCatalog',
            }),
          },
        },
      }),
    },
    '/DeliveryGroups': {
      post: op({
        id: 'DeliveryGroups_CreateDeliveryGroup',
        tag: 'DeliveryGroups',
        summary: 'Create a delivery group',
        description:
          "Creates a delivery group from machine catalogs' unassigned machines (`Count` of each; all of them without it). With `async=true` it appears once the job completes.",
        parameters: [localRef('Async')],
        body: {
          schema: 'CreateDeliveryGroupRequest',
          example: {
            Name: 'Pilot Desktops',
            Description: 'Desktops for the pilot team',
            DeliveryType: 'DesktopsOnly',
            MachineCatalogs: [{ MachineCatalog: 'Win2022-MultiSession', Count: 0 }],
          },
        },
        responses: {
          ...ok('The new delivery group (the detail model).', 'DeliveryGroupDetail', {
            ...deliveryGroupDetailExample,
            Name: 'Pilot Desktops',
          }),
          ...accepted,
          '409': {
            description: 'A delivery group with that name exists.',
            content: json(schemaRef('ErrorData'), {
              ErrorMessage: 'A delivery group named Finance Desktops already exists.',
              SdkErrorId: 'DeliveryGroupNameInUse',
            }),
          },
        },
      }),
      get: op({
        id: 'DeliveryGroups_GetDeliveryGroups',
        tag: 'DeliveryGroups',
        summary: 'List delivery groups',
        description: "The site's delivery groups with desktop and session counts.",
        parameters: [...PAGING, localRef('Async')],
        responses: {
          ...ok('A page of delivery groups.', 'DeliveryGroupList', page(deliveryGroupExample)),
          ...accepted,
        },
      }),
    },
    '/DeliveryGroups/{nameOrId}': {
      get: op({
        id: 'DeliveryGroups_GetDeliveryGroup',
        tag: 'DeliveryGroups',
        summary: 'Get a delivery group',
        description: 'One delivery group by name or id, with machine counts by state.',
        parameters: [nameOrId('Delivery group', DAAS_DEMO.deliveryGroupName), localRef('Fields')],
        responses: ok('The delivery group.', 'DeliveryGroupDetail', deliveryGroupDetailExample),
      }),
      ...itemEdits('/DeliveryGroups/{nameOrId}', {
        tag: 'DeliveryGroups',
        what: 'delivery group',
        patchId: 'DeliveryGroups_PatchDeliveryGroup',
        deleteId: 'DeliveryGroups_DeleteDeliveryGroup',
        example: DAAS_DEMO.deliveryGroupName,
        bodySchema: 'EditDeliveryGroupRequest',
        bodyExample: { InMaintenanceMode: true },
        deleteText:
          'Deletes the delivery group and logs off its sessions; its machines stay in their catalogs, free for another group.',
      })['/DeliveryGroups/{nameOrId}'],
    },
    '/DeliveryGroups/{nameOrId}/Machines/{machineNameOrId}': {
      delete: op({
        id: 'DeliveryGroups_RemoveDeliveryGroupMachine',
        tag: 'DeliveryGroups',
        summary: 'Remove a machine from a delivery group',
        description:
          'The machine stays in its catalog, free for another group. A machine with sessions answers 400.',
        parameters: [
          nameOrId('Delivery group', DAAS_DEMO.deliveryGroupName),
          {
            ...nameOrId('Machine', DAAS_DEMO.onMachine),
            name: 'machineNameOrId',
          },
          localRef('Async'),
        ],
        responses: noContent('Removed from the group.'),
      }),
    },
    '/DeliveryGroups/{nameOrId}/Machines': {
      get: op({
        id: 'DeliveryGroups_GetDeliveryGroupMachines',
        tag: 'DeliveryGroups',
        summary: 'List the machines of a delivery group',
        description: 'The machines of one delivery group.',
        parameters: [nameOrId('Delivery group', DAAS_DEMO.deliveryGroupName), ...PAGING],
        responses: ok('A page of machines.', 'MachineList', page(machineExample)),
      }),
    },
    '/Machines': {
      get: op({
        id: 'Machines_GetMachines',
        tag: 'Machines',
        summary: 'List machines',
        description:
          'Every machine of the site with power, registration and summary state. Try `limit=5` to see paging, or `sessionSupport=MultiSession`.',
        parameters: [...PAGING, localRef('SessionSupportFilter'), localRef('Configured'), localRef('Async')],
        responses: { ...ok('A page of machines.', 'MachineList', page(machineExample)), ...accepted },
      }),
    },
    '/Machines/{nameOrId}': {
      get: op({
        id: 'Machines_GetMachine',
        tag: 'Machines',
        summary: 'Get a machine',
        description: 'One machine by `DOMAIN\\name` (or `DOMAIN|name`), DNS name or id.',
        parameters: [nameOrId('Machine', DAAS_DEMO.machineName), localRef('Fields')],
        responses: ok('The machine.', 'MachineDetail', machineDetailExample),
      }),
      patch: op({
        id: 'Machines_UpdateMachine',
        tag: 'Machines',
        summary: 'Update a machine',
        description:
          'Changes a machine, e.g. `{"InMaintenanceMode": true}` so no new session starts on it. Answers 204.',
        parameters: [nameOrId('Machine', DAAS_DEMO.onMachine), localRef('Async')],
        body: { schema: 'UpdateMachineRequest', example: { InMaintenanceMode: true } },
        responses: { '204': { description: 'Updated.' }, ...accepted },
      }),
      delete: op({
        id: 'Machines_RemoveMachine',
        tag: 'Machines',
        summary: 'Remove a machine',
        description:
          'Removes a machine from its catalog and the site. A machine with sessions, or in a delivery group and not in maintenance mode, answers 400.',
        parameters: [nameOrId('Machine', 'CONTOSO\\W11-POOL-006'), localRef('Async')],
        responses: { '204': { description: 'Removed.' }, ...accepted },
      }),
    },
    ...powerPaths,
    '/Sessions': {
      get: op({
        id: 'Sessions_GetSessions',
        tag: 'Sessions',
        summary: 'List sessions',
        description: "The site's current sessions.",
        parameters: [...PAGING, localRef('Async')],
        responses: { ...ok('A page of sessions.', 'SessionList', page(sessionExample)), ...accepted },
      }),
    },
    '/Sessions/{id}': {
      get: op({
        id: 'Sessions_GetSession',
        tag: 'Sessions',
        summary: 'Get a session',
        description: 'One session by id, as `GET /Sessions` lists it.',
        parameters: [idParam('Session', DAAS_DEMO.sessionId)],
        responses: ok('The session.', 'Session', sessionExample),
      }),
    },
    '/Sessions/{id}/$logoff': {
      post: op({
        id: 'Sessions_LogoffSession',
        tag: 'Sessions',
        summary: 'Log off a session',
        description: 'Logs the session off; it disappears from `GET /Sessions`.',
        parameters: [idParam('Session', DAAS_DEMO.sessionId), localRef('Async')],
        responses: { '204': { description: 'Logged off.' }, ...accepted },
      }),
    },
    '/Sessions/{id}/$disconnect': {
      post: op({
        id: 'Sessions_DisconnectSession',
        tag: 'Sessions',
        summary: 'Disconnect a session',
        description: 'Disconnects the session; it stays, in state `Disconnected`.',
        parameters: [idParam('Session', DAAS_DEMO.otherSessionId), localRef('Async')],
        responses: {
          ...ok('The session, now disconnected.', 'Session', {
            ...sessionExample,
            Id: DAAS_DEMO.otherSessionId,
            State: 'Disconnected',
          }),
          ...accepted,
        },
      }),
    },
    '/Applications': {
      get: op({
        id: 'Applications_GetApplications',
        tag: 'Applications',
        summary: 'List applications',
        description: 'The published applications of the site.',
        parameters: [...PAGING, localRef('ApplicationFolder'), localRef('Async'), localRef('Fields')],
        responses: {
          ...ok('A page of applications.', 'ApplicationList', page(applicationExample)),
          ...accepted,
        },
      }),
      post: op({
        id: 'Applications_AddApplications',
        tag: 'Applications',
        summary: 'Publish applications',
        description:
          'Publishes new applications, optionally to delivery groups (by name or id). Answers 201 with the first new application in `Location`; a name another application has answers 409, an unknown delivery group 404.',
        parameters: [localRef('Async')],
        body: {
          schema: 'AddApplicationsRequest',
          example: {
            NewApplications: [
              {
                Name: 'Calculator',
                ApplicationFolder: 'Office',
                InstalledAppProperties: { CommandLineExecutable: 'C:\\Windows\\System32\\calc.exe' },
              },
            ],
            DeliveryGroups: [{ Item: DAAS_DEMO.appsGroupName, Priority: 0 }],
          },
        },
        responses: {
          '201': {
            description: 'Published; `Location` is the (first) new application.',
            headers: { Location: { schema: { type: 'string' } } },
          },
          ...accepted,
        },
      }),
    },
    '/Applications/{nameOrId}': {
      get: op({
        id: 'Applications_GetApplication',
        tag: 'Applications',
        summary: 'Get an application',
        description: 'One published application by name or id.',
        parameters: [nameOrId('Application', applicationExample.Name)],
        responses: ok('The application.', 'ApplicationDetail', applicationDetailView(applicationExample)),
      }),
      ...itemEdits('/Applications/{nameOrId}', {
        tag: 'Applications',
        what: 'application',
        patchId: 'Applications_PatchApplication',
        deleteId: 'Applications_DeleteApplication',
        example: applicationExample.Name,
        bodySchema: 'EditApplicationRequest',
        bodyExample: { Visible: false },
        deleteText: 'Unpublishes the application: it leaves the list and its users’ workspaces.',
      })['/Applications/{nameOrId}'],
    },
    '/Zones': {
      get: op({
        id: 'Zones_GetZones',
        tag: 'Zones',
        summary: 'List zones',
        description: "The site's zones, one per resource location.",
        parameters: PAGING,
        responses: ok('The zones.', 'ZoneList', page(zoneExample)),
      }),
      post: op({
        id: 'Zones_CreateZone',
        tag: 'Zones',
        summary: 'Create a zone',
        description:
          'Creates a zone, optionally for a resource location (by id or name). Answers 201 with the new zone in `Location`; a name another zone has answers 409.',
        parameters: [localRef('Async')],
        body: {
          schema: 'CreateZoneRequest',
          example: {
            Name: 'Azure West Europe',
            Description: 'Second Azure region',
            ResourceLocation: 'Citrix Managed Azure',
          },
        },
        responses: {
          '201': {
            description: 'Created; `Location` is the new zone.',
            headers: { Location: { schema: { type: 'string' } } },
          },
          ...accepted,
        },
      }),
    },
    '/Zones/{nameOrId}': {
      get: op({
        id: 'Zones_GetZone',
        tag: 'Zones',
        summary: 'Get a zone',
        description: 'One zone by name or id.',
        parameters: [nameOrId('Zone', DAAS_DEMO.zoneEastUs.Name)],
        responses: ok('The zone.', 'Zone', zoneExample),
      }),
      ...itemEdits('/Zones/{nameOrId}', {
        tag: 'Zones',
        what: 'zone',
        patchId: 'Zones_EditZone',
        deleteId: 'Zones_DeleteZone',
        example: DAAS_DEMO.zoneEastUs.Name,
        deleteExample: DAAS_DEMO.emptyZone.Name,
        bodySchema: 'EditZoneRequest',
        bodyExample: { Description: 'Azure East US' },
        deleteText:
          'Deletes a zone. The primary zone, or a zone a machine catalog is in, answers 400 and says what to do first.',
      })['/Zones/{nameOrId}'],
    },
    '/Jobs': {
      get: op({
        id: 'Jobs_GetJobs',
        tag: 'Jobs',
        summary: 'List jobs',
        description: 'Recent jobs, newest first.',
        responses: ok('The jobs.', 'JobList', { Items: [jobExample] }),
      }),
    },
    '/Jobs/{id}': {
      get: op({
        id: 'Jobs_GetJob',
        tag: 'Jobs',
        summary: 'Get a job',
        description:
          "A job's `Status` (`NotStarted` → `InProgress` → `Complete`) and `OverallProgressPercent`. Poll it after a `202`.",
        parameters: [idParam('Job', DEMO.jobId)],
        responses: ok('The job.', 'Job', jobExample),
      }),
      delete: op({
        id: 'Jobs_DeleteJob',
        tag: 'Jobs',
        summary: 'Delete a job',
        description: 'Deletes a finished job and its results. A running job answers 400.',
        parameters: [idParam('Job', DEMO.jobId)],
        responses: { '204': { description: 'Deleted.' } },
      }),
    },
    '/Jobs/{id}/Results': {
      get: op({
        id: 'Jobs_GetJobResults',
        tag: 'Jobs',
        summary: "Get a job's results",
        description:
          'What the job produced, e.g. the catalog list of `GET /MachineCatalogs?async=true`. Before the job completes: 400.',
        parameters: [idParam('Job', DEMO.jobId)],
        responses: {
          '200': {
            description: "The job's result (its shape depends on the job type).",
            content: json({}, page({ Id: DAAS_DEMO.catalogId, Name: DAAS_DEMO.catalogName })),
          },
        },
      }),
    },
  },
  components: {
    ...baseComponents(DAAS_SCHEMAS, DAAS_RESPONSES),
    parameters: { ...baseComponents().parameters, ...DAAS_PARAMETERS },
  },
};
