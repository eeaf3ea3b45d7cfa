'use client';

import { Field, inputClass } from '@/components/ui/field';
import { REGION_IDS, REGIONS, type RegionId } from '@/lib/citrix/regions';
import type { AuthFlow } from '@/lib/schemas/credentials';

export interface CredentialValues {
  customerId: string;
  clientId: string;
  clientSecret: string;
}

interface Props {
  /** The dialog's region (the header's changes only once a token is generated for it). */
  region: RegionId;
  onRegionChange: (region: RegionId) => void;
  values: CredentialValues;
  onChange: (values: CredentialValues) => void;
  flow: AuthFlow;
  onFlowChange: (flow: AuthFlow) => void;
  renew: boolean;
  onRenewChange: (renew: boolean) => void;
  errors: Partial<Record<keyof CredentialValues | 'region', string>>;
}

/** Region, flow, Customer ID, Client ID, Secret and "Renew automatically". */
export function CredentialFields({
  region,
  onRegionChange,
  values,
  onChange,
  flow,
  onFlowChange,
  renew,
  onRenewChange,
  errors,
}: Props) {
  const text = (
    key: keyof CredentialValues,
    label: string,
    type: string,
    hint?: string,
    autoComplete = 'off',
  ) => (
    <Field id={`auth-${key}`} label={label} error={errors[key]} hint={hint}>
      <input
        id={`auth-${key}`}
        type={type}
        className={inputClass}
        // The secret stays uncontrolled, with no value attribute: React would otherwise mirror it
        // into the HTML, where anything reading the page's markup could find it.
        {...(key === 'clientSecret' ? {} : { value: values[key] })}
        autoComplete={autoComplete}
        spellCheck={false}
        aria-invalid={Boolean(errors[key])}
        aria-describedby={errors[key] ? `auth-${key}-error` : hint ? `auth-${key}-hint` : undefined}
        onChange={(event) => onChange({ ...values, [key]: event.target.value })}
      />
    </Field>
  );
  return (
    <>
      <Field id="auth-region" label="Region" error={errors.region}>
        <select
          id="auth-region"
          className={inputClass}
          value={region}
          onChange={(event) => onRegionChange(event.target.value as RegionId)}
        >
          {REGION_IDS.map((id) => (
            <option key={id} value={id}>
              {REGIONS[id].label}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-700 dark:text-slate-200">Flow</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="auth-flow"
            checked={flow === 'oauth2'}
            onChange={() => onFlowChange('oauth2')}
          />
          OAuth 2.0 client credentials
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="auth-flow"
            checked={flow === 'trust'}
            onChange={() => onFlowChange('trust')}
          />
          Trust Service (deprecated)
        </label>
        {flow === 'trust' ? (
          <p
            role="note"
            className="rounded-md border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
          >
            The Trust Service flow (trust.citrixworkspacesapi.net, JSON body) is deprecated by Citrix. Use
            OAuth 2.0 client credentials for anything new.
          </p>
        ) : null}
      </fieldset>
      {text(
        'customerId',
        'Customer ID',
        'text',
        'Shown in Citrix Cloud under Identity and Access Management → API Access.',
      )}
      {text('clientId', 'Client ID', 'text')}
      {text(
        'clientSecret',
        'Secret',
        'password',
        'Sent once to the server for the exchange; never stored unless you tick below.',
        'new-password',
      )}
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-0.5"
          checked={renew}
          onChange={(event) => onRenewChange(event.target.checked)}
        />
        <span>
          Renew automatically
          <span className="block text-xs text-slate-500 dark:text-slate-400">
            Keeps the secret inside the sealed, HttpOnly session cookie so the server can re-mint the token
            before it expires or after a 401.
          </span>
        </span>
      </label>
    </>
  );
}
