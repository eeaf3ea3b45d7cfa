'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';

import { useSession } from '@/components/auth/use-session';
import { useRegion } from '@/components/shell/region-provider';
import { readLocalStorage, useLocalStorageValue, writeLocalStorage } from '@/lib/profiles/local-store';
import {
  DEFAULT_PROFILE_ID,
  loadProfiles,
  mergeProfiles,
  PROFILES_ACTIVE_SIGNAL_KEY,
  PROFILES_STORAGE_KEY,
  removeProfile,
  renameProfile,
  saveProfiles,
  upsertProfile,
  type Profile,
  type ProfileMeta,
} from '@/lib/profiles/store';
import { fetchJson } from '@/lib/query/fetch-json';
import { SESSION_QUERY_KEY } from '@/lib/query/session-query';
import type { ProfilesView, PublicSession } from '@/lib/session/session-data';

export const PROFILES_QUERY_KEY = ['profiles'] as const;

const storage = {
  getItem: (key: string) => readLocalStorage(key),
  setItem: (key: string, value: string) => writeLocalStorage(key, value),
};

/** The saved profiles (metadata only), live across tabs. */
export function useSavedProfiles(): ProfileMeta[] {
  const raw = useLocalStorageValue(PROFILES_STORAGE_KEY);
  return useMemo(() => loadProfiles({ getItem: () => raw, setItem: () => undefined }), [raw]);
}

/** Every profile with its token's public view, and which one is active (the server decides). */
export function useProfiles() {
  const saved = useSavedProfiles();
  const query = useQuery({
    queryKey: PROFILES_QUERY_KEY,
    queryFn: ({ signal }) => fetchJson<ProfilesView>('/api/profiles', { signal }),
  });
  const { data: session } = useSession();
  const activeProfileId = query.data?.activeProfileId ?? DEFAULT_PROFILE_ID;
  const profiles = useMemo(() => {
    const merged = mergeProfiles(saved, query.data);
    if (!merged.some((profile) => profile.id === activeProfileId)) {
      merged.push({ id: activeProfileId, name: `Profile ${activeProfileId}`, saved: false });
    }
    // The session view is the freshest word on the active profile (it is polled and renews).
    return merged.map((profile) => {
      if (profile.id !== activeProfileId || !session) return profile;
      return { ...profile, token: session.authenticated ? { ...session, profileId: profile.id } : undefined };
    });
  }, [saved, query.data, activeProfileId, session]);
  const active = profiles.find((profile) => profile.id === activeProfileId) as Profile;
  return { profiles, saved, activeProfileId, active, isPending: query.isPending };
}

/** Saves a profile's metadata (never a secret: the type has no field for one). */
export function saveProfileMeta(meta: ProfileMeta): void {
  saveProfiles(storage, upsertProfile(loadProfiles(storage), meta));
}

/** Switching, renaming and deleting profiles; every change keeps the session view in step. */
export function useProfileActions() {
  const queryClient = useQueryClient();
  const { setRegion } = useRegion();

  const refresh = useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: PROFILES_QUERY_KEY }),
      queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY }),
    ]);
  }, [queryClient]);

  const activate = useMutation({
    mutationKey: ['profiles', 'activate'],
    mutationFn: (profileId: string) =>
      fetchJson<{ activeProfileId: string; session: PublicSession }>('/api/profiles/active', {
        method: 'POST',
        body: { profileId },
      }),
    onSuccess: async (result) => {
      queryClient.setQueryData(SESSION_QUERY_KEY, result.session);
      queryClient.setQueryData<ProfilesView>(PROFILES_QUERY_KEY, (view) =>
        view ? { ...view, activeProfileId: result.activeProfileId } : view,
      );
      if (result.session.authenticated && result.session.region) setRegion(result.session.region);
      // Other tabs of this browser now send the other profile's cookie: tell them.
      window.localStorage.setItem(PROFILES_ACTIVE_SIGNAL_KEY, `${result.activeProfileId}:${Date.now()}`);
      await refresh();
    },
  });

  const remove = useMutation({
    mutationKey: ['profiles', 'delete'],
    mutationFn: (profileId: string) =>
      fetchJson<{ activeProfileId: string }>(`/api/profiles/${encodeURIComponent(profileId)}`, {
        method: 'DELETE',
      }),
    onSuccess: async (result, profileId) => {
      saveProfiles(storage, removeProfile(loadProfiles(storage), profileId));
      window.localStorage.setItem(PROFILES_ACTIVE_SIGNAL_KEY, `${result.activeProfileId}:${Date.now()}`);
      await refresh();
    },
  });

  const rename = useCallback((profileId: string, name: string) => {
    saveProfiles(storage, renameProfile(loadProfiles(storage), profileId, name.trim().slice(0, 40)));
  }, []);

  return { activate, remove, rename, refresh };
}
