'use client';

import { useRef, useState, type FormEvent } from 'react';

import { NEW_PROFILE_TARGET, ProfileTargetField } from '@/components/profiles/profile-target-field';
import { saveProfileMeta, useProfileActions, useProfiles } from '@/components/profiles/use-profiles';
import { ExplanationView } from '@/components/troubleshoot/explanation-view';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose } from '@/components/ui/dialog';
import { REGIONS } from '@/lib/citrix/regions';
import { MAX_SAVED_PROFILES, newProfileId, suggestProfileName, type Profile } from '@/lib/profiles/store';
import { ApiCallError } from '@/lib/query/fetch-json';
import { credentialsSchema, type AuthFlow, type CredentialsInput } from '@/lib/schemas/credentials';
import type { PublicSession } from '@/lib/session/session-data';
import type { Explanation } from '@/lib/troubleshoot/explain';
import { explainTokenFailure } from '@/lib/troubleshoot/explain-token-error';

import { useRegion } from '../shell/region-provider';
import { CredentialFields, type CredentialValues } from './credential-fields';
import { useGenerateToken } from './use-auth-actions';

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Start with "New profile…" selected (the header's profile picker). */
  newProfile?: boolean;
  /** What had focus when the dialog was asked for: focus goes back there when it closes. */
  opener?: HTMLElement | null;
}

type FieldErrors = Partial<Record<keyof CredentialValues | 'form' | 'profileName', string>>;

const SPECIAL_SECRET_CHARACTERS = /[+/=]/;

function valuesOf(profile: Profile | undefined): CredentialValues {
  return { customerId: profile?.customerId ?? '', clientId: profile?.clientId ?? '', clientSecret: '' };
}

/**
 * "Set Authentication", as on the Citrix portal: the server exchanges the credentials for a token.
 * The token goes to a connection profile (the active one, another, or a new one); the dialog
 * starts from that profile's saved, non-secret values.
 */
export function SetAuthenticationDialog({ open, onOpenChange, newProfile = false, opener = null }: Props) {
  const { region: headerRegion, setRegion } = useRegion();
  const generate = useGenerateToken();
  const { profiles, saved, activeProfileId } = useProfiles();
  const { activate } = useProfileActions();
  const [target, setTarget] = useState(() => (newProfile ? NEW_PROFILE_TARGET : activeProfileId));
  const targetProfile = profiles.find((profile) => profile.id === target);
  const [profileName, setProfileName] = useState('');
  const [values, setValues] = useState<CredentialValues>(() => valuesOf(targetProfile));
  const [flow, setFlow] = useState<AuthFlow>(() => targetProfile?.flow ?? 'oauth2');
  const [renew, setRenew] = useState(() => targetProfile?.renew ?? false);
  // The region chosen here is the dialog's own until a token is generated for it: Cancel leaves
  // the header (and the calls that follow it) as they were.
  const [region, setDraftRegion] = useState(() => targetProfile?.region ?? headerRegion);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [explanation, setExplanation] = useState<Explanation | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const newId = useRef<string | null>(null);

  function chooseTarget(next: string) {
    setTarget(next);
    setErrors({});
    const profile = profiles.find((candidate) => candidate.id === next);
    if (!profile) return;
    // The secret field is left as typed (it is uncontrolled: its value never goes into the page's HTML).
    setValues((current) => ({ ...valuesOf(profile), clientSecret: current.clientSecret }));
    setFlow(profile.flow ?? 'oauth2');
    setRenew(profile.renew ?? false);
    if (profile.region) setDraftRegion(profile.region);
  }

  function finish() {
    // The secret leaves the page's memory as soon as the exchange is done.
    setValues((current) => ({ ...current, clientSecret: '' }));
    setErrors({});
    setExplanation(undefined);
    onOpenChange(false);
  }

  function failed(error: unknown) {
    setErrors({ form: error instanceof ApiCallError ? error.message : 'The token could not be generated.' });
    setExplanation(
      error instanceof ApiCallError
        ? explainTokenFailure(
            { status: error.status, code: error.code, details: error.details },
            { secretHasSpecialCharacters: SPECIAL_SECRET_CHARACTERS.test(values.clientSecret) },
          )
        : undefined,
    );
  }

  /** Makes the target profile active, generates into it, saves its metadata; on failure goes back. */
  async function generateInto(credentials: CredentialsInput) {
    if (target === NEW_PROFILE_TARGET && saved.length >= MAX_SAVED_PROFILES) {
      setErrors({
        form: `At most ${MAX_SAVED_PROFILES} profiles can be saved: delete one in Settings first.`,
      });
      return;
    }
    const id = target === NEW_PROFILE_TARGET ? (newId.current ??= newProfileId()) : target;
    const previous = activeProfileId;
    setBusy(true);
    setErrors({});
    setExplanation(undefined);
    try {
      if (id !== previous) await activate.mutateAsync(id);
      const session: PublicSession = await generate.mutateAsync(credentials);
      const regionLabel = session.region ? REGIONS[session.region].label : undefined;
      const name =
        target === NEW_PROFILE_TARGET
          ? profileName.trim() || suggestProfileName(session.customerId, regionLabel)
          : (targetProfile?.name ?? suggestProfileName(session.customerId, regionLabel));
      saveProfileMeta({
        id,
        name,
        ...(session.region ? { region: session.region } : {}),
        ...(session.flow ? { flow: session.flow } : {}),
        ...(session.customerId ? { customerId: session.customerId } : {}),
        ...(session.clientId ? { clientId: session.clientId } : {}),
        renew: Boolean(session.renewAutomatically),
        demo: Boolean(session.demo),
      });
      setRegion(session.region ?? region);
      finish();
    } catch (error) {
      if (id !== previous) await activate.mutateAsync(previous).catch(() => undefined);
      failed(error);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = credentialsSchema.safeParse({
      mode: 'client',
      region,
      flow,
      renewAutomatically: renew,
      ...values,
    });
    if (!parsed.success) {
      const next: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof FieldErrors;
        next[key] ??= issue.message;
      }
      setErrors(next);
      return;
    }
    void generateInto(parsed.data);
  }

  function useDemo() {
    void generateInto({ mode: 'sandbox-demo', flow, renewAutomatically: renew });
  }

  const pending = busy || generate.isPending;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : finish())}
      width="lg"
      title="Set Authentication"
      description={
        <>
          The server exchanges your API client&apos;s credentials for a bearer token and keeps it in a sealed,
          HttpOnly cookie. The secret never comes back to this page.
        </>
      }
      // The credentials are what a person came to type; the profile choice above them is rarely changed.
      onOpenAutoFocus={(event) => {
        event.preventDefault();
        document.getElementById('auth-customerId')?.focus();
      }}
      onCloseAutoFocus={(event) => {
        if (!opener?.isConnected || opener.getClientRects().length === 0) return;
        event.preventDefault();
        opener.focus();
      }}
    >
      <form className="mt-4 flex flex-col gap-4" onSubmit={submit} noValidate>
        <ProfileTargetField
          profiles={profiles}
          target={target}
          onTargetChange={chooseTarget}
          name={profileName}
          onNameChange={setProfileName}
          nameError={errors.profileName}
        />
        <CredentialFields
          region={region}
          onRegionChange={setDraftRegion}
          values={values}
          onChange={setValues}
          flow={flow}
          onFlowChange={setFlow}
          renew={renew}
          onRenewChange={setRenew}
          errors={errors}
        />
        {errors.form ? (
          <p
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
          >
            {errors.form}
          </p>
        ) : null}
        {explanation ? <ExplanationView explanation={explanation} /> : null}
        <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 pt-4 dark:border-slate-700">
          <Button variant="secondary" onClick={useDemo} disabled={pending}>
            Use the sandbox demo client
          </Button>
          <div className="flex gap-2">
            <DialogClose asChild>
              <Button variant="ghost">Cancel</Button>
            </DialogClose>
            <Button type="submit" disabled={pending}>
              {pending ? 'Generating…' : 'Generate'}
            </Button>
          </div>
        </div>
      </form>
    </Dialog>
  );
}
