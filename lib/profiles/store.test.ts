import { describe, expect, it } from 'vitest';

import {
  loadProfiles,
  mergeProfiles,
  newProfileId,
  PROFILES_STORAGE_KEY,
  removeProfile,
  renameProfile,
  saveProfiles,
  suggestProfileName,
  upsertProfile,
  type KeyValueStorage,
} from './store';

function memory(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

describe('saved profile metadata', () => {
  it('round-trips through storage and drops anything malformed', () => {
    const storage = memory();
    saveProfiles(storage, [
      { id: 'a1', name: 'Demo', region: 'sandbox', customerId: 'sandboxdemo01', renew: true },
    ]);
    expect(loadProfiles(storage)).toEqual([
      { id: 'a1', name: 'Demo', region: 'sandbox', customerId: 'sandboxdemo01', renew: true },
    ]);
    storage.setItem(
      PROFILES_STORAGE_KEY,
      JSON.stringify({
        version: 1,
        profiles: [
          { id: '../x', name: 'bad' },
          { id: 'b2', name: 'Ok' },
          { id: 'b2', name: 'Dup' },
          { id: 'c3', name: 'R', region: 'mars' },
        ],
      }),
    );
    expect(loadProfiles(storage)).toEqual([{ id: 'b2', name: 'Ok' }]);
    storage.setItem(PROFILES_STORAGE_KEY, '{not json');
    expect(loadProfiles(storage)).toEqual([]);
  });

  it('never has a field for a secret or a token', () => {
    const storage = memory();
    saveProfiles(storage, [
      { id: 'a1', name: 'Demo', ...({ clientSecret: 'nope', token: 'eyJx' } as object) } as never,
    ]);
    expect(JSON.stringify(loadProfiles(storage))).not.toMatch(/nope|eyJ/);
  });

  it('upserts, renames and removes by id', () => {
    let list = upsertProfile([], { id: 'a1', name: 'One' });
    list = upsertProfile(list, { id: 'a1', name: 'One', customerId: 'c1' });
    list = renameProfile(list, 'a1', 'Renamed');
    list = renameProfile(list, 'default', 'Mine');
    expect(list).toEqual([
      { id: 'a1', name: 'Renamed', customerId: 'c1' },
      { id: 'default', name: 'Mine' },
    ]);
    expect(removeProfile(list, 'a1')).toEqual([{ id: 'default', name: 'Mine' }]);
  });

  it('makes short ids the server accepts', () => {
    expect(newProfileId(() => '0b9f7c3e-1d2a-4c5b-8e6f-a7b8c9d0e1f2')).toBe('0b9f7c3e');
    expect(newProfileId()).toMatch(/^[a-z0-9]{1,16}$/);
  });

  it('merges the server’s tokens: default first, saved next, unnamed tokens last', () => {
    const merged = mergeProfiles([{ id: 'b2', name: 'Other' }], {
      activeProfileId: 'b2',
      profiles: [
        { profileId: 'b2', authenticated: true, customerId: 'othercust02', expiresAt: 1 },
        { profileId: 'zz9', authenticated: true, customerId: 'lost01', region: 'eu' },
      ],
    });
    expect(
      merged.map((profile) => [profile.id, profile.name, profile.saved, profile.token?.customerId]),
    ).toEqual([
      ['default', 'Default', false, undefined],
      ['b2', 'Other', true, 'othercust02'],
      ['zz9', 'Profile lost01', false, 'lost01'],
    ]);
  });

  it('suggests a name from customer and region', () => {
    expect(suggestProfileName('othercust02', 'Sandbox')).toBe('othercust02 (Sandbox)');
    expect(suggestProfileName(undefined, undefined)).toBe('New profile');
  });
});
