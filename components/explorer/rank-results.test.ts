import { describe, expect, it } from 'vitest';

import type { CatalogIndexEntry } from '@/lib/services/catalog-index';

import { rankResults } from './rank-results';

const entry = (operationId: string, summary: string, path = '/x'): CatalogIndexEntry => ({
  serviceId: 's',
  serviceTitle: 'S',
  operationId,
  method: 'GET',
  path,
  summary,
  tags: [],
  deprecated: false,
  haystack: [operationId, summary, path].join(' ').toLowerCase(),
});

const INDEX = [
  entry('ListThings', 'List things', '/records'),
  entry('GetRecords', 'Get system log records', '/records'),
  entry('Records', 'Other'),
];

describe('rankResults', () => {
  it('puts an exact operationId first, then prefix matches, then the rest', () => {
    expect(rankResults(INDEX, 'records', 10).results.map((item) => item.operationId)).toEqual([
      'Records',
      'GetRecords',
      'ListThings',
    ]);
  });

  it('caps the results but counts every match', () => {
    expect(rankResults(INDEX, 'records', 1)).toMatchObject({
      total: 3,
      results: [{ operationId: 'Records' }],
    });
  });

  it('returns nothing for an empty query', () => {
    expect(rankResults(INDEX, '   ', 10)).toEqual({ results: [], total: 0 });
  });
});
