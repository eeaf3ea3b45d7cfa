'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { useAuthDialog } from '@/components/auth/auth-dialog-provider';
import { useNow } from '@/components/auth/use-now';
import { PROFILES_ACTIVE_SIGNAL_KEY } from '@/lib/profiles/store';
import { SESSION_QUERY_KEY } from '@/lib/query/session-query';

import { shortTokenState } from './profile-labels';
import { PROFILES_QUERY_KEY, useProfileActions, useProfiles } from './use-profiles';

const NEW_PROFILE = '__new__';

/** Another tab switched profile: this tab's cookies changed too, so refresh what it shows. */
function useCrossTabProfileSync() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== PROFILES_ACTIVE_SIGNAL_KEY) return;
      void queryClient.invalidateQueries({ queryKey: PROFILES_QUERY_KEY });
      void queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [queryClient]);
}

/** The header's profile picker: switch profile, or start a new one (Set Authentication). */
export function ProfileSwitcher() {
  const { profiles, activeProfileId, isPending } = useProfiles();
  const { activate } = useProfileActions();
  const { openNewProfileDialog } = useAuthDialog();
  const now = useNow(5_000);
  useCrossTabProfileSync();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only font-medium text-slate-600 xl:not-sr-only dark:text-slate-300">Profile</span>
      <select
        data-testid="profile-switcher"
        className="max-w-56 rounded-md border xl:max-w-64 border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        value={activeProfileId}
        disabled={isPending || activate.isPending}
        aria-describedby={activate.isError ? 'profile-switch-error' : undefined}
        onChange={(event) => {
          const next = event.target.value;
          if (next === NEW_PROFILE) openNewProfileDialog();
          else if (next !== activeProfileId) activate.mutate(next);
        }}
      >
        {profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name} · {shortTokenState(profile, now)}
          </option>
        ))}
        <option value={NEW_PROFILE}>New profile…</option>
      </select>
      {activate.isError ? (
        <span id="profile-switch-error" role="alert" className="text-xs text-red-700 dark:text-red-400">
          Could not switch: {(activate.error as Error).message}
        </span>
      ) : null}
    </label>
  );
}
