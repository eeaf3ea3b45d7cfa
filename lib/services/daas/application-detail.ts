/**
 * Citrix's `ApplicationDetailResponseModel`: the list's fields and the ones only the detail has.
 * Pure, so the description's example and the sandbox's answer are the same shape.
 */
export function applicationDetailView<T extends { Name: string; BrowserName?: string }>(application: T) {
  return {
    ...application,
    // Set by an edit, else derived from the name.
    BrowserName: application.BrowserName || application.Name.replace(/[^A-Za-z0-9]/g, '') || 'Application',
    CpuPriorityLevel: 'Normal' as const,
    HomeZone: null,
    HomeZoneMode: 'Ignore' as const,
    IncludedUserFilterEnabled: false,
  };
}
