import { REGION_IDS, type RegionId } from '@/lib/citrix/regions';
import type { AuthFlow } from '@/lib/schemas/credentials';
import type { ProfilesView, PublicProfile } from '@/lib/session/session-data';

/**
 * Connection profiles' non-secret metadata, kept in this browser's localStorage (it is not
 * secret: the same fields show in the header). Tokens live in sealed HttpOnly cookies, one per
 * profile; secrets only there, and only with "Renew automatically" (docs/profiles.md).
 */
export const PROFILES_STORAGE_KEY = 'cxapi.profiles';
/** Written when this tab switches profile, so other tabs refresh what they show. */
export const PROFILES_ACTIVE_SIGNAL_KEY = 'cxapi.profiles.active-changed';
export const PROFILES_CHANGED_EVENT = 'cxapi:profiles-changed';
export const DEFAULT_PROFILE_ID = 'default';
export const DEFAULT_PROFILE_NAME = 'Default';
/** Saved profiles (metadata); how many may hold a token at once is the server's cookie budget. */
export const MAX_SAVED_PROFILES = 12;

export interface ProfileMeta {
  id: string;
  name: string;
  region?: RegionId;
  flow?: AuthFlow;
  customerId?: string;
  clientId?: string;
  renew?: boolean;
  /** Generated with "Use the sandbox demo client". */
  demo?: boolean;
}

/**
 * A stored profile, checked by hand (this module is part of every page's first load, so it does not
 * bring zod along). Only the known fields are kept: anything else in storage is dropped.
 */
function readProfileMeta(item: unknown): ProfileMeta | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const record = item as Record<string, unknown>;
  const { id, name, region, flow, customerId, clientId, renew, demo } = record;
  if (typeof id !== 'string' || !/^[a-z0-9]{1,16}$/.test(id)) return undefined;
  if (typeof name !== 'string' || name.length < 1 || name.length > 40) return undefined;
  if (region !== undefined && !(REGION_IDS as readonly unknown[]).includes(region)) return undefined;
  if (flow !== undefined && flow !== 'oauth2' && flow !== 'trust') return undefined;
  if (customerId !== undefined && (typeof customerId !== 'string' || customerId.length > 64))
    return undefined;
  if (clientId !== undefined && (typeof clientId !== 'string' || clientId.length > 128)) return undefined;
  if (renew !== undefined && typeof renew !== 'boolean') return undefined;
  if (demo !== undefined && typeof demo !== 'boolean') return undefined;
  return {
    id,
    name,
    ...(region !== undefined ? { region: region as RegionId } : {}),
    ...(flow !== undefined ? { flow: flow as AuthFlow } : {}),
    ...(customerId !== undefined ? { customerId } : {}),
    ...(clientId !== undefined ? { clientId } : {}),
    ...(renew !== undefined ? { renew } : {}),
    ...(demo !== undefined ? { demo } : {}),
  };
}

/** The stored envelope: `{ version: 1, profiles: [...] }`. */
function readStoredProfiles(value: unknown): unknown[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  return record.version === 1 && Array.isArray(record.profiles) ? record.profiles : undefined;
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The saved profiles; anything unreadable is dropped rather than trusted. */
export function loadProfiles(storage: KeyValueStorage): ProfileMeta[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage.getItem(PROFILES_STORAGE_KEY) ?? 'null');
  } catch {
    return [];
  }
  const stored = readStoredProfiles(parsed);
  if (!stored) return [];
  const seen = new Set<string>();
  return stored.flatMap((item) => {
    const profile = readProfileMeta(item);
    if (!profile || seen.has(profile.id)) return [];
    seen.add(profile.id);
    return [profile];
  });
}

export function saveProfiles(storage: KeyValueStorage, profiles: ProfileMeta[]): void {
  storage.setItem(
    PROFILES_STORAGE_KEY,
    JSON.stringify({ version: 1, profiles: profiles.slice(0, MAX_SAVED_PROFILES + 1) }),
  );
}

/** Adds or updates a profile (matched by id); its other fields are kept unless given. */
export function upsertProfile(profiles: ProfileMeta[], update: ProfileMeta): ProfileMeta[] {
  const index = profiles.findIndex((profile) => profile.id === update.id);
  if (index === -1) return [...profiles, update];
  return profiles.map((profile, at) => (at === index ? { ...profile, ...update } : profile));
}

export function renameProfile(profiles: ProfileMeta[], id: string, name: string): ProfileMeta[] {
  const existing = profiles.find((profile) => profile.id === id);
  return upsertProfile(profiles, { ...(existing ?? { id }), name });
}

export function removeProfile(profiles: ProfileMeta[], id: string): ProfileMeta[] {
  return profiles.filter((profile) => profile.id !== id);
}

/** A fresh profile id: 8 random lower-case hex characters. */
export function newProfileId(random: () => string = () => crypto.randomUUID()): string {
  return (
    random()
      .replace(/[^a-f0-9]/g, '')
      .slice(0, 8) || 'p' + Date.now().toString(36).slice(-7)
  );
}

/** One row of the profile switcher: the saved metadata joined with the server's view of its token. */
export interface Profile extends ProfileMeta {
  /** The profile's live token, as the server describes it (never the token itself). */
  token?: PublicProfile;
  /** Whether the metadata is saved in this browser (a token can outlive cleared storage). */
  saved: boolean;
}

/**
 * The profiles to show: the default profile first (it always exists), then the saved ones, then
 * any profile the server holds a token for that this browser has no name for.
 */
export function mergeProfiles(saved: ProfileMeta[], view: ProfilesView | undefined): Profile[] {
  const tokens = new Map((view?.profiles ?? []).map((profile) => [profile.profileId, profile]));
  const withToken = (meta: ProfileMeta, isSaved: boolean): Profile => {
    const token = tokens.get(meta.id);
    tokens.delete(meta.id);
    return { ...meta, saved: isSaved, ...(token ? { token } : {}) };
  };
  const savedDefault = saved.find((profile) => profile.id === DEFAULT_PROFILE_ID);
  const list: Profile[] = [
    withToken(savedDefault ?? { id: DEFAULT_PROFILE_ID, name: DEFAULT_PROFILE_NAME }, Boolean(savedDefault)),
  ];
  for (const profile of saved) if (profile.id !== DEFAULT_PROFILE_ID) list.push(withToken(profile, true));
  for (const token of tokens.values()) {
    list.push({
      id: token.profileId,
      name: token.customerId ? `Profile ${token.customerId}` : `Profile ${token.profileId}`,
      saved: false,
      region: token.region,
      customerId: token.customerId,
      clientId: token.clientId,
      token,
    });
  }
  return list;
}

/** A name for a new profile when the user gives none: the customer and the region. */
export function suggestProfileName(customerId: string | undefined, regionLabel: string | undefined): string {
  const name = [customerId, regionLabel ? `(${regionLabel})` : undefined].filter(Boolean).join(' ');
  return (name || 'New profile').slice(0, 40);
}
