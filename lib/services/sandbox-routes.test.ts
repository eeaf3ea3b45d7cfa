import { describe, expect, it } from 'vitest';

import { CATALOG } from './catalog';
import { listOperations } from './operations';
import { SANDBOX_HANDLERS } from './sandbox-handlers';
import { findSandboxOperation } from './sandbox-routes';

/** Token services mint the token: the sandbox's token service answers them, not a handler. */
const TOKEN_SERVICES = new Set(['token', 'trust-token']);

describe('catalog ↔ sandbox handlers', () => {
  it('has a handler for every catalog operation', () => {
    const missing = CATALOG.filter((service) => !TOKEN_SERVICES.has(service.id)).flatMap((service) =>
      listOperations(service)
        .filter((operation) => !SANDBOX_HANDLERS[service.id]?.operations[operation.operationId])
        .map((operation) => `${service.id}.${operation.operationId}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no handler for an operation its description does not declare', () => {
    const stray = Object.entries(SANDBOX_HANDLERS).flatMap(([serviceId, handlers]) => {
      const service = CATALOG.find((entry) => entry.id === serviceId);
      const declared = new Set(
        service ? listOperations(service).map((operation) => operation.operationId) : [],
      );
      return Object.keys(handlers.operations)
        .filter((operationId) => !declared.has(operationId))
        .map((operationId) => `${serviceId}.${operationId}`);
    });
    expect(stray).toEqual([]);
  });
});

describe('findSandboxOperation', () => {
  const found = (method: string, path: string) => {
    const lookup = findSandboxOperation(method, path);
    return (
      lookup.found && {
        service: lookup.found.service.id,
        operationId: lookup.found.operationId,
        params: lookup.found.params,
      }
    );
  };

  it('finds the operation by its description, with the path parameters', () => {
    expect(found('POST', '/cvad/manage/Machines/CONTOSO%5CW11-POOL-001/$start')).toEqual({
      service: 'daas',
      operationId: 'Machines_StartMachine',
      params: { nameOrId: 'CONTOSO\\W11-POOL-001' },
    });
    expect(found('GET', '/administrators/abc/access')).toMatchObject({
      operationId: 'GetAdministratorAccess',
      params: { id: 'abc' },
    });
  });

  it('routes literal segments case-insensitively and both slash forms, as the gateway does', () => {
    expect(found('GET', '/CVAD/Manage/machinecatalogs')).toMatchObject({
      operationId: 'MachineCatalogs_GetMachineCatalogs',
    });
    expect(found('GET', '/notifications')).toMatchObject({ operationId: 'Notifications_GetItems' });
    expect(found('GET', '/notifications/')).toMatchObject({ operationId: 'Notifications_GetItems' });
    expect(found('GET', '/resourcelocations/rl-1/')).toMatchObject({
      operationId: 'Locations_Get',
      params: { id: 'rl-1' },
    });
  });

  it('reads the host kind prefix of the region table (core services under /core)', () => {
    expect(found('GET', '/core/acme/serviceStates')).toMatchObject({
      service: 'serviceentitlements',
      params: { customer: 'acme' },
    });
    expect(found('GET', '/acme/serviceStates')).toBeUndefined();
  });

  it('tells a known path with another method from an unknown path', () => {
    expect(findSandboxOperation('PATCH', '/notifications')).toEqual({ found: undefined, pathMatched: true });
    expect(findSandboxOperation('GET', '/nothing/here')).toEqual({ found: undefined, pathMatched: false });
    expect(findSandboxOperation('GET', '/notificationsX')).toEqual({ found: undefined, pathMatched: false });
  });
});
