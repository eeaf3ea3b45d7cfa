import type { SandboxContext, ServiceHandlers } from '@/lib/sandbox/handler';
import { citrixError, jsonResponse } from '@/lib/sandbox/http';
import { queryFlag, queryParam } from '@/lib/sandbox/query';

import { customerData, logChange } from '../sandbox-state';
import type { ConnectorRecord } from './seed';

const TYPES = ['Windows', 'Unified'];

function view(connector: ConnectorRecord, extended: boolean, expected: boolean) {
  return {
    ...connector,
    windowsSid: extended ? connector.windowsSid : null,
    leaseEndDateTime: extended ? connector.leaseEndDateTime : null,
    expectedVersion: expected ? connector.expectedVersion : null,
    expectedBootStrapperVersion: expected ? connector.expectedBootStrapperVersion : null,
  };
}

function getAll({ url, customerId }: SandboxContext): Response {
  const location = queryParam(url, 'Location');
  const type = queryParam(url, 'ConnectorType');
  const matchedType =
    type === undefined || type === ''
      ? undefined
      : TYPES.find((candidate) => candidate.toLowerCase() === type.toLowerCase());
  if (type && !matchedType)
    return citrixError(400, 'common/invalidEnum', 'ConnectorType is not valid', { name: 'ConnectorType' });
  const extended = queryFlag(url, 'ExtendedData');
  const expected = queryFlag(url, 'RetrieveExpectedVersion');
  const connectors = customerData(customerId).connectors.filter(
    (connector) =>
      (!location || connector.location.toLowerCase() === location.toLowerCase()) &&
      (!matchedType || connector.connectorType === matchedType),
  );
  return jsonResponse(
    200,
    connectors.map((connector) => view(connector, extended, expected)),
  );
}

function find({ customerId, params }: SandboxContext) {
  const data = customerData(customerId);
  const id = params.id ?? '';
  const index = data.connectors.findIndex((connector) => connector.id.toLowerCase() === id.toLowerCase());
  return { data, id, index, connector: data.connectors[index] };
}

const notFound = (id: string) =>
  citrixError(404, 'common/notFound', 'Connector not found', { entityType: 'Connector', id });

export const connectorsHandlers: ServiceHandlers = {
  customer: 'header',
  operations: {
    Connectors_GetAll: getAll,
    Connectors_Get: (context) => {
      const { id, connector } = find(context);
      return connector ? jsonResponse(200, view(connector, true, true)) : notFound(id);
    },
    Connectors_Delete: (context) => {
      const { data, id, index, connector } = find(context);
      if (!connector) return notFound(id);
      data.connectors.splice(index, 1);
      logChange(data, context.claims.clientId, {
        eventType: 'connector/delete',
        agentId: 'agenthub',
        targetType: 'Connector',
        targetId: connector.id,
        targetDisplayName: connector.fqdn,
        message: `Cloud Connector ${connector.fqdn} was removed.`,
      });
      return jsonResponse(200, true);
    },
  },
};
