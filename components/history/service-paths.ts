/**
 * Where each catalog service lives under its host, so a history entry shows the whole path
 * (`/cvad/manage/Jobs/…`, not `/Jobs/…`). A copy of the catalog's base paths, kept small for the
 * browser (the catalog itself carries every description); service-paths.test.ts keeps it in step.
 */
export const SERVICE_BASE_PATHS: Readonly<Record<string, string>> = {
  token: '',
  'trust-token': '',
  systemlog: '/systemlog',
  notifications: '/notifications',
  administrators: '/administrators',
  resourcelocations: '/resourcelocations',
  connectors: '/connectors',
  serviceentitlements: '',
  daas: '/cvad/manage',
  monitorodata: '/monitorodata',
};

/** The path as called on the host: the service's base path, then the operation's path. */
export function fullHistoryPath(entry: { serviceId: string; imported?: boolean; path: string }): string {
  if (entry.imported) return entry.path;
  return `${SERVICE_BASE_PATHS[entry.serviceId] ?? ''}${entry.path}`;
}
