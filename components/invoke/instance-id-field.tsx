'use client';

import { useState } from 'react';

import { inputClass } from '@/components/ui/field';
import type { DaasSite } from '@/lib/invoke-form/daas-sites';
import type { ParamSpec } from '@/lib/invoke-form/types';

import { fieldId, ParamField } from './param-field';

const OTHER = '__other__';

interface InstanceIdFieldProps {
  param: ParamSpec;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  sites: DaasSite[] | undefined;
  loading: boolean;
  failure?: string;
}

/**
 * Citrix-InstanceId: the DaaS sites from `GET /cvad/manage/me` as a select, with a free-text
 * fallback for any other site ID (and plain text when the sites cannot be listed).
 */
export function InstanceIdField({
  param,
  value,
  onChange,
  error,
  sites,
  loading,
  failure,
}: InstanceIdFieldProps) {
  const known = sites?.some((site) => site.id === value) ?? false;
  const [other, setOther] = useState(false);
  const custom = other || !known;
  const hint = loading
    ? 'Listing your DaaS sites…'
    : failure
      ? `Could not list your sites (${failure}); type a site ID.`
      : sites
        ? undefined
        : 'Set Authentication to pick from your DaaS sites.';
  if (!sites || sites.length === 0)
    return <ParamField param={param} value={value} onChange={onChange} error={error} hint={hint} />;
  const id = fieldId(param);
  const control = (
    <div className="flex flex-col gap-2">
      <select
        id={id}
        aria-required={param.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${error ? `${id}-error ` : ''}${id}-hint`}
        value={custom ? OTHER : value}
        onChange={(event) => {
          const next = event.target.value;
          setOther(next === OTHER);
          if (next !== OTHER) onChange(next);
        }}
        className={inputClass}
      >
        {sites.map((site) => (
          <option key={site.id} value={site.id}>
            {site.name} — {site.id}
          </option>
        ))}
        <option value={OTHER}>Another site ID…</option>
      </select>
      {custom ? (
        <input
          type="text"
          aria-label="Custom site ID"
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={param.example}
          onChange={(event) => onChange(event.target.value)}
          className={`${inputClass} font-mono`}
        />
      ) : null}
    </div>
  );
  return (
    <ParamField
      param={param}
      value={value}
      onChange={onChange}
      error={error}
      hint="From GET /cvad/manage/me."
      control={control}
    />
  );
}
