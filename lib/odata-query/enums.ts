/**
 * Enumerations of Citrix's Monitor model (citrix/monitoring-api, docs/api-reference/Monitor.Model.md).
 * The OData service answers and filters with the integers; people think in the names.
 */
export const MONITOR_ENUMS = {
  ConnectionState: {
    Unknown: 0,
    Connected: 1,
    Disconnected: 2,
    Terminated: 3,
    PreparingSession: 4,
    Active: 5,
    Reconnecting: 6,
    NonBrokeredSession: 7,
    Other: 8,
    Pending: 9,
  },
  SessionType: { Desktop: 0, Application: 1 },
  LifecycleState: { Active: 0, Deleted: 1, RequiresResolution: 2, Stub: 3 },
  PowerState: {
    Unknown: 0,
    Unavailable: 1,
    Off: 2,
    On: 3,
    Suspended: 4,
    TurningOn: 5,
    TurningOff: 6,
    Suspending: 7,
    Resuming: 8,
    Unmanaged: 9,
  },
  RegistrationState: { Unknown: 0, Registered: 1, Unregistered: 2 },
  /** What `ConnectionFailureLogs.ConnectionFailureEnumValue` holds. */
  SessionFailureCode: {
    Unknown: 0,
    None: 1,
    SessionPreparation: 2,
    RegistrationTimeout: 3,
    ConnectionTimeout: 4,
    Licensing: 5,
    Ticketing: 6,
    Other: 7,
    GeneralFail: 8,
    MaintenanceMode: 9,
    ApplicationDisabled: 10,
    LicenseFeatureRefused: 11,
    NoDesktopAvailable: 12,
    SessionLimitReached: 13,
    DisallowedProtocol: 14,
    ResourceUnavailable: 15,
    ActiveSessionReconnectDisabled: 16,
    NoSessionToReconnect: 17,
    SpinUpFailed: 18,
    Refused: 19,
    ConfigurationSetFailure: 20,
    MaxTotalInstancesExceeded: 21,
    MaxPerUserInstancesExceeded: 22,
    CommunicationError: 23,
    MaxPerMachineInstancesExceeded: 24,
    MaxPerEntitlementInstancesExceeded: 25,
    NoMachineAvailable: 100,
    MachineNotFunctional: 101,
  },
} as const satisfies Record<string, Record<string, number>>;

export type EnumName = keyof typeof MONITOR_ENUMS;

/** The labels of an enumeration, in the order of their values. */
export function enumLabels(name: EnumName): string[] {
  return Object.keys(MONITOR_ENUMS[name]);
}

/** The integer behind a label, or undefined when the enumeration has no such label. */
export function enumValue(name: EnumName, label: string): number | undefined {
  const table: Record<string, number> = MONITOR_ENUMS[name];
  return Object.hasOwn(table, label) ? table[label] : undefined;
}

/** The label of an integer, or undefined for a value the table does not know. */
export function enumLabel(name: EnumName, value: unknown): string | undefined {
  return Object.entries(MONITOR_ENUMS[name]).find(([, number]) => number === value)?.[0];
}
