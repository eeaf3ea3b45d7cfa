import { describe, expect, it } from 'vitest';

import { CATALOG } from '@/lib/services/catalog';

import { fullHistoryPath, SERVICE_BASE_PATHS } from './service-paths';

describe('history paths', () => {
  it('knows the base path of every catalog service', () => {
    expect(SERVICE_BASE_PATHS).toEqual(
      Object.fromEntries(CATALOG.map((service) => [service.id, service.basePath])),
    );
  });

  it('shows a call with its service: /cvad/manage/Jobs/1, not /Jobs/1', () => {
    expect(fullHistoryPath({ serviceId: 'daas', path: '/Jobs/1' })).toBe('/cvad/manage/Jobs/1');
    expect(fullHistoryPath({ serviceId: 'systemlog', path: '/records?Limit=5' })).toBe(
      '/systemlog/records?Limit=5',
    );
    expect(fullHistoryPath({ serviceId: 'my-doc', imported: true, path: '/things' })).toBe('/things');
  });
});
