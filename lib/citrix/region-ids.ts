/**
 * The closed list of regions' ids; the order is the order of the Region picker. Apart from the
 * region table (./regions) so that what runs on every page (the region provider) carries the ids,
 * not the hosts of every region.
 */
export const REGION_IDS = ['us', 'eu', 'ap-s', 'jp', 'sandbox'] as const;
export type RegionId = (typeof REGION_IDS)[number];

export const DEFAULT_REGION: RegionId = 'sandbox';
