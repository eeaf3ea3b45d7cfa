import { describe, expect, it } from 'vitest';

import { buildODataQuery } from './build-query';
import { queryTarget } from './query-target';

const NOW = new Date('2025-02-11T12:00:00Z');
const session = { authenticated: true, region: 'sandbox', customerId: 'sandboxdemo01' } as const;

describe('queryTarget', () => {
  it('sends a valid query to the session’s region and customer', () => {
    const built = buildODataQuery({ entitySet: 'Users', select: ['UserName'], top: '5' }, NOW);
    expect(queryTarget(built, session)).toEqual({
      region: 'sandbox',
      customerId: 'sandboxdemo01',
      path: '/Users',
      query: [
        ['$select', 'UserName'],
        ['$top', '5'],
        ['$count', 'true'],
      ],
    });
  });

  it('sends nothing for a query with a typed-filter error', () => {
    const built = buildODataQuery(
      { entitySet: 'Sessions', filters: [{ field: 'LogOnDuration', operator: 'gt', value: '30s' }] },
      NOW,
    );
    expect(built.ok).toBe(false);
    expect(queryTarget(built, session)).toBeUndefined();
  });

  it('sends nothing while signed out', () => {
    const built = buildODataQuery({ entitySet: 'Users' }, NOW);
    expect(queryTarget(built, undefined)).toBeUndefined();
    expect(queryTarget(built, { authenticated: false })).toBeUndefined();
  });
});
