'use client';

import { useState } from 'react';

import { useAuthDialog } from '@/components/auth/auth-dialog-provider';
import { useNow } from '@/components/auth/use-now';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { REGIONS } from '@/lib/citrix/regions';
import { DEFAULT_PROFILE_ID, type Profile } from '@/lib/profiles/store';

import { profileTokenState } from './profile-labels';
import { useProfileActions, useProfiles } from './use-profiles';

/** Settings → Profiles: every profile with its own token and countdown; switch, rename, delete. */
export function ProfileManager() {
  const { profiles, activeProfileId } = useProfiles();
  const { openNewProfileDialog } = useAuthDialog();
  const now = useNow();
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {profiles.map((profile) => (
          <ProfileRow key={profile.id} profile={profile} active={profile.id === activeProfileId} now={now} />
        ))}
      </ul>
      <Button variant="secondary" onClick={openNewProfileDialog}>
        New profile
      </Button>
    </div>
  );
}

function ProfileRow({ profile, active, now }: { profile: Profile; active: boolean; now: number }) {
  const { activate, remove, rename } = useProfileActions();
  const { openAuthDialog } = useAuthDialog();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(profile.name);
  const details = [
    profile.clientId ? `client ${profile.clientId}` : undefined,
    profile.region ? REGIONS[profile.region].label : undefined,
    profile.renew ? 'renews automatically' : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li
      data-testid="profile-row"
      aria-label={`Profile ${profile.name}`}
      className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm"
    >
      <div className="min-w-0 flex-1">
        {editing ? (
          <form
            className="flex gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              if (name.trim()) rename(profile.id, name);
              setEditing(false);
            }}
          >
            <input
              aria-label="Profile name"
              className={`${inputClass} py-1`}
              value={name}
              maxLength={40}
              onChange={(event) => setName(event.target.value)}
              autoFocus
            />
            <Button size="sm" type="submit">
              Save
            </Button>
          </form>
        ) : (
          <p className="font-medium">
            {profile.name}
            {active ? (
              <span className="ml-2 rounded bg-brand-600 px-1.5 py-0.5 text-[10px] font-semibold uppercase text-white">
                Active
              </span>
            ) : null}
          </p>
        )}
        <p data-testid="profile-token" className="text-xs text-slate-600 dark:text-slate-400">
          {profileTokenState(profile, now)}
        </p>
        {details ? <p className="text-xs text-slate-600 dark:text-slate-400">{details}</p> : null}
      </div>
      <div className="flex flex-wrap gap-2">
        {active ? (
          <Button size="sm" variant="secondary" onClick={openAuthDialog}>
            Generate token
          </Button>
        ) : (
          <Button
            size="sm"
            variant="secondary"
            onClick={() => activate.mutate(profile.id)}
            disabled={activate.isPending}
          >
            Switch to {profile.name}
          </Button>
        )}
        <Button size="sm" variant="ghost" onClick={() => (setName(profile.name), setEditing(!editing))}>
          Rename
        </Button>
        {profile.id === DEFAULT_PROFILE_ID ? null : (
          <Button
            size="sm"
            variant="danger"
            onClick={() => remove.mutate(profile.id)}
            disabled={remove.isPending}
            aria-label={`Delete profile ${profile.name}`}
          >
            Delete
          </Button>
        )}
      </div>
      {activate.isError || remove.isError ? (
        <p role="alert" className="w-full text-xs text-red-700 dark:text-red-400">
          {((activate.error ?? remove.error) as Error).message}
        </p>
      ) : null}
    </li>
  );
}
