/** The closed list of regions; the order is the order of the Region picker. */
export const REGION_IDS = ['us', 'eu', 'ap-s', 'jp', 'sandbox'] as const;
export type RegionId = (typeof REGION_IDS)[number];

export const DEFAULT_REGION: RegionId = 'sandbox';
