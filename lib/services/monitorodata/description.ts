import {
  baseComponents,
  CITRIX_CONTACT,
  COMMON_ERRORS,
  gatewayServers,
  json,
  OPENAPI_VERSION,
  PLATFORM_HEADERS,
  schemaRef,
} from '../shared-schemas';

const queryOption = (
  name: string,
  description: string,
  schema: Record<string, unknown>,
  example?: unknown,
) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
  ...(example === undefined ? {} : { example }),
});

const COMMON_OPTIONS = [
  queryOption(
    '$top',
    'At most this many entities in all (pages hold at most 100; follow `@odata.nextLink`).',
    { type: 'integer', minimum: 0 },
    10,
  ),
  queryOption('$skip', 'Skip this many entities.', { type: 'integer', minimum: 0 }),
  queryOption(
    '$count',
    'Include `@odata.count`, the number of matching entities.',
    { type: 'boolean' },
    true,
  ),
  queryOption('$select', 'Comma-separated properties to return.', { type: 'string' }),
  queryOption('$orderby', 'Comma-separated `Property [asc|desc]`.', { type: 'string' }),
];

const odataPage = (set: string, entity: string, example: Record<string, unknown>) => ({
  description: `A page of ${set}.`,
  headers: { 'OData-Version': { schema: { type: 'string', enum: ['4.0'] } } },
  content: json(
    {
      type: 'object',
      properties: {
        '@odata.context': { type: 'string', format: 'uri' },
        '@odata.count': { type: 'integer' },
        '@odata.nextLink': {
          type: 'string',
          format: 'uri',
          description: 'The next page, when there is one.',
        },
        value: { type: 'array', items: schemaRef(entity) },
      },
      required: ['@odata.context', 'value'],
    },
    {
      '@odata.context': `https://api.cloud.com/monitorodata/$metadata#${set}`,
      '@odata.count': 1,
      value: [example],
    },
  ),
});

const badQuery = {
  description: 'The query options are not valid (unknown property, syntax error, unsupported option).',
  content: json(schemaRef('ODataError'), {
    error: {
      code: '',
      message:
        "The query specified in the URI is not valid. Could not find a property named 'Foo' on type 'Citrix.Monitor.Repository.V2.Model.Machine'.",
      details: [],
    },
  }),
};

const machineExample = {
  Id: 'b0c90d5e-0775-4605-ac9f-9c391e500aac',
  Sid: 'S-1-5-21-1004336348-1177238915-682003330-45257',
  Name: 'CONTOSO\\W11-POOL-001',
  DnsName: 'w11-pool-001.corp.contoso.example',
  LifecycleState: 0,
  IPAddress: '10.20.1.10',
  HostedMachineName: 'w11-pool-001',
  IsAssigned: false,
  IsInMaintenanceMode: false,
  AgentVersion: '2411.0.0.1011',
  CatalogId: 'af5c27e7-1c40-4a47-a3f7-72a61e927445',
  DesktopGroupId: '04782a3f-94c4-4ae3-a995-a37c49f34af5',
  CurrentRegistrationState: 1,
  CurrentPowerState: 3,
  CurrentSessionCount: 1,
  FaultState: 0,
  OSType: 'Windows 11',
};

const sessionExample = {
  SessionKey: '36b48993-5971-450b-a10b-ce3fe59121d5',
  StartDate: '2025-02-11T07:45:00Z',
  EndDate: null,
  ConnectionState: 5,
  SessionType: 0,
  IsAnonymous: false,
  UserId: 1,
  MachineId: 'b0c90d5e-0775-4605-ac9f-9c391e500aac',
  LogOnDuration: 23114,
  ApplicationInstances: [],
};

const userExample = {
  Id: 1,
  Sid: 'S-1-5-21-1004336348-1177238915-682003330-1141',
  Upn: 'jdoe@contoso.example',
  UserName: 'jdoe',
  FullName: 'Jane Doe',
  Domain: 'CONTOSO',
};

const failureExample = {
  Id: 9000,
  SessionKey: '5d0e1c1e-4a0b-4f7e-a0c1-0a3f5e2b9c11',
  FailureDate: '2025-02-11T07:44:12Z',
  ConnectionFailureEnumValue: 3,
  UserId: 1,
  MachineId: 'b0c90d5e-0775-4605-ac9f-9c391e500aac',
  BrokeringUserName: 'CONTOSO\\jdoe',
};

const loadExample = {
  Id: 70000,
  MachineId: 'b0c90d5e-0775-4605-ac9f-9c391e500aac',
  EffectiveLoadIndex: 6400,
  Cpu: 64,
  Memory: 48,
  Disk: 12,
  Network: 3,
  SessionCount: 2,
  CreatedDate: '2025-02-11T07:00:00Z',
};

/** A GET on one more entity set: filter, the common options and the navigation it may expand. */
function entitySetPath(
  set: string,
  entity: string,
  summary: string,
  description: string,
  example: Record<string, unknown>,
  expand: string | undefined,
  filterExample: string,
) {
  return {
    get: {
      operationId: `OData_Get${set}`,
      summary,
      description,
      tags: [set],
      parameters: [
        ...PLATFORM_HEADERS,
        queryOption(
          '$filter',
          'OData filter: comparisons (`eq ne gt ge lt le`) and `contains`/`startswith`/`endswith` joined by `and`/`or`.',
          { type: 'string' },
          filterExample,
        ),
        ...COMMON_OPTIONS,
        ...(expand === undefined
          ? []
          : [
              queryOption(
                '$expand',
                'Navigation properties to include (comma-separated).',
                { type: 'string' },
                expand,
              ),
            ]),
      ],
      responses: {
        '200': odataPage(set, entity, example),
        '400': badQuery,
        ...COMMON_ERRORS,
      },
    },
  };
}

const int = (description: string) => ({ type: 'integer', description });
const nullableStr = { type: ['string', 'null'] };
const nullableDate = { type: ['string', 'null'], format: 'date-time' };

export const monitorodataDocument = {
  openapi: OPENAPI_VERSION,
  info: {
    title: 'Monitor Service OData',
    version: '4.0',
    description:
      'Historical and current monitoring data of Citrix DaaS as OData v4 entity sets. Query with `$filter` (e.g. `LifecycleState eq 0 and CurrentPowerState eq 3`), `$select`, `$orderby`, `$top`, `$skip`, `$count=true` and, on Sessions, `$expand=ApplicationInstances`. Enumerations are **integers**. Pages hold at most 100 entities; follow `@odata.nextLink`.',
    contact: CITRIX_CONTACT,
  },
  servers: gatewayServers('/monitorodata'),
  tags: [
    { name: 'Machines' },
    { name: 'Sessions' },
    { name: 'Users' },
    { name: 'ConnectionFailureLogs' },
    { name: 'LoadIndexes' },
  ],
  paths: {
    '/Machines': {
      get: {
        operationId: 'OData_GetMachines',
        summary: 'Query machines',
        description:
          'Machines known to the Monitor database, current (`LifecycleState eq 0`) and deleted (`1`). `CurrentPowerState`: 0 Unknown, 2 Off, 3 On, 4 Suspended, 5 TurningOn, 6 TurningOff, 9 Unmanaged. `CurrentRegistrationState`: 0 Unknown, 1 Registered, 2 Unregistered.',
        tags: ['Machines'],
        parameters: [
          ...PLATFORM_HEADERS,
          queryOption(
            '$filter',
            'OData filter: comparisons (`eq ne gt ge lt le`) joined by `and`/`or`.',
            { type: 'string' },
            'LifecycleState eq 0',
          ),
          ...COMMON_OPTIONS,
        ],
        responses: {
          '200': odataPage('Machines', 'Machine', machineExample),
          '400': badQuery,
          ...COMMON_ERRORS,
        },
      },
    },
    '/Sessions': {
      get: {
        operationId: 'OData_GetSessions',
        summary: 'Query sessions',
        description:
          'Current and ended sessions. `ConnectionState`: 1 Connected, 2 Disconnected, 3 Terminated, 5 Active. `SessionType`: 0 Desktop, 1 Application. Add `$expand=ApplicationInstances` for the applications each session ran.',
        tags: ['Sessions'],
        parameters: [
          ...PLATFORM_HEADERS,
          queryOption(
            '$filter',
            'OData filter, e.g. `ConnectionState eq 5`.',
            { type: 'string' },
            'ConnectionState eq 5',
          ),
          ...COMMON_OPTIONS,
          queryOption(
            '$expand',
            'Navigation properties to include.',
            { type: 'string', enum: ['ApplicationInstances', 'User', 'Machine'] },
            'ApplicationInstances',
          ),
        ],
        responses: {
          '200': odataPage('Sessions', 'Session', sessionExample),
          '400': badQuery,
          ...COMMON_ERRORS,
        },
      },
    },
    '/Users': entitySetPath(
      'Users',
      'User',
      'Query users',
      'The users who started sessions.',
      userExample,
      undefined,
      "startswith(UserName,'j')",
    ),
    '/ConnectionFailureLogs': entitySetPath(
      'ConnectionFailureLogs',
      'ConnectionFailureLog',
      'Query connection failures',
      'One record per failed connection. `ConnectionFailureEnumValue` is a SessionFailureCode: 3 RegistrationTimeout, 4 ConnectionTimeout, 5 Licensing, 9 MaintenanceMode, 12 NoDesktopAvailable, 13 SessionLimitReached, 18 SpinUpFailed (and others). Add `$expand=User,Machine` for who and where.',
      failureExample,
      'User,Machine',
      'FailureDate ge 2025-02-04T00:00:00Z',
    ),
    '/LoadIndexes': entitySetPath(
      'LoadIndexes',
      'LoadIndex',
      'Query machine load samples',
      'Load samples of each machine: `EffectiveLoadIndex` (0–10000), `Cpu`, `Memory`, `Disk`, `Network` (percent) and `SessionCount`. Add `$expand=Machine` for its name.',
      loadExample,
      'Machine',
      'EffectiveLoadIndex gt 5000',
    ),
  },
  components: baseComponents({
    ODataError: {
      type: 'object',
      properties: {
        error: {
          type: 'object',
          properties: {
            code: { type: 'string' },
            message: { type: 'string' },
            details: { type: 'array', items: {} },
          },
          required: ['message'],
        },
      },
      required: ['error'],
    },
    Machine: {
      type: 'object',
      properties: {
        Id: { type: 'string', format: 'uuid' },
        Sid: nullableStr,
        Name: { type: 'string' },
        DnsName: nullableStr,
        LifecycleState: int('0 Active, 1 Deleted, 2 RequiresResolution, 3 Stub'),
        IPAddress: nullableStr,
        HostedMachineId: nullableStr,
        HostedMachineName: nullableStr,
        HostingServerName: nullableStr,
        HypervisorId: nullableStr,
        IsAssigned: { type: 'boolean' },
        IsInMaintenanceMode: { type: 'boolean' },
        IsPendingUpdate: { type: 'boolean' },
        AgentVersion: nullableStr,
        AssociatedUserNames: nullableStr,
        CatalogId: nullableStr,
        DesktopGroupId: nullableStr,
        CurrentRegistrationState: int('0 Unknown, 1 Registered, 2 Unregistered'),
        CurrentPowerState: int('0 Unknown … 3 On … 9 Unmanaged'),
        CurrentSessionCount: { type: 'integer' },
        FaultState: int('0 None'),
        OSType: nullableStr,
        CreatedDate: nullableDate,
        ModifiedDate: nullableDate,
      },
    },
    ApplicationInstance: {
      type: 'object',
      properties: {
        Id: { type: 'integer' },
        StartDate: nullableDate,
        EndDate: nullableDate,
        ApplicationId: { type: 'string', format: 'uuid' },
        SessionKey: { type: 'string', format: 'uuid' },
        CreatedDate: nullableDate,
        ModifiedDate: nullableDate,
      },
    },
    User: {
      type: 'object',
      properties: {
        Id: { type: 'integer' },
        Sid: nullableStr,
        Upn: nullableStr,
        UserName: nullableStr,
        FullName: nullableStr,
        Domain: nullableStr,
        CreatedDate: nullableDate,
        ModifiedDate: nullableDate,
      },
    },
    ConnectionFailureLog: {
      type: 'object',
      properties: {
        Id: { type: 'integer' },
        SessionKey: { type: 'string', format: 'uuid' },
        FailureDate: nullableDate,
        ConnectionFailureEnumValue: int(
          'SessionFailureCode: 3 RegistrationTimeout, 4 ConnectionTimeout, 5 Licensing, 9 MaintenanceMode, 12 NoDesktopAvailable, 13 SessionLimitReached, 18 SpinUpFailed, …',
        ),
        UserId: { type: 'integer' },
        MachineId: { type: 'string', format: 'uuid' },
        BrokeringUserName: nullableStr,
        CreatedDate: nullableDate,
        ModifiedDate: nullableDate,
        User: schemaRef('User'),
        Machine: schemaRef('Machine'),
      },
    },
    LoadIndex: {
      type: 'object',
      properties: {
        Id: { type: 'integer' },
        MachineId: { type: 'string', format: 'uuid' },
        EffectiveLoadIndex: int('0 (idle) to 10000 (full)'),
        Cpu: int('percent'),
        Memory: int('percent'),
        Disk: int('percent'),
        Network: int('percent'),
        SessionCount: { type: 'integer' },
        CreatedDate: nullableDate,
        Machine: schemaRef('Machine'),
      },
    },
    Session: {
      type: 'object',
      properties: {
        SessionKey: { type: 'string', format: 'uuid' },
        StartDate: nullableDate,
        EndDate: nullableDate,
        ExitCode: { type: ['integer', 'null'] },
        FailureDate: nullableDate,
        ConnectionState: int('1 Connected, 2 Disconnected, 3 Terminated, 4 PreparingSession, 5 Active'),
        ConnectionStateChangeDate: nullableDate,
        LifecycleState: { type: 'integer' },
        SessionType: int('0 Desktop, 1 Application'),
        IsAnonymous: { type: 'boolean' },
        UserId: { type: 'integer' },
        MachineId: { type: 'string', format: 'uuid' },
        LogOnDuration: { type: ['integer', 'null'] },
        CreatedDate: nullableDate,
        ModifiedDate: nullableDate,
        ApplicationInstances: {
          type: 'array',
          items: schemaRef('ApplicationInstance'),
          description: 'Only with `$expand=ApplicationInstances`.',
        },
        User: schemaRef('User'),
        Machine: schemaRef('Machine'),
      },
    },
  }),
};
