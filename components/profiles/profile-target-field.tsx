'use client';

import { Field, inputClass } from '@/components/ui/field';
import type { Profile } from '@/lib/profiles/store';

export const NEW_PROFILE_TARGET = 'new';

interface ProfileTargetFieldProps {
  profiles: Profile[];
  /** A profile id, or NEW_PROFILE_TARGET. */
  target: string;
  onTargetChange: (target: string) => void;
  name: string;
  onNameChange: (name: string) => void;
  nameError?: string;
}

/** Which connection profile the token goes to: an existing one, or a new one with a name. */
export function ProfileTargetField({
  profiles,
  target,
  onTargetChange,
  name,
  onNameChange,
  nameError,
}: ProfileTargetFieldProps) {
  return (
    <div className="flex flex-col gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <Field
        id="auth-profile"
        label="Save to profile"
        hint="Each profile keeps its own token; switch between them in the header."
      >
        <select
          id="auth-profile"
          className={inputClass}
          value={target}
          onChange={(event) => onTargetChange(event.target.value)}
          aria-describedby="auth-profile-hint"
        >
          {profiles.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profile.name}
            </option>
          ))}
          <option value={NEW_PROFILE_TARGET}>New profile…</option>
        </select>
      </Field>
      {target === NEW_PROFILE_TARGET ? (
        <Field
          id="auth-profile-name"
          label="Profile name"
          error={nameError}
          hint="Optional: defaults to the customer ID and region."
        >
          <input
            id="auth-profile-name"
            type="text"
            className={inputClass}
            value={name}
            maxLength={40}
            autoComplete="off"
            aria-invalid={Boolean(nameError)}
            aria-describedby={nameError ? 'auth-profile-name-error' : 'auth-profile-name-hint'}
            onChange={(event) => onNameChange(event.target.value)}
          />
        </Field>
      ) : null}
    </div>
  );
}
