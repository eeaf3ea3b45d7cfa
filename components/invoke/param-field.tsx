import type { ReactNode } from 'react';

import { inputClass } from '@/components/ui/field';
import type { ParamSpec } from '@/lib/invoke-form/types';

import { FieldLabel, FieldMeta } from './field-label';

interface ParamFieldProps {
  param: ParamSpec;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** Shown under the input when there is no error. */
  hint?: ReactNode;
  /** Replaces the default input (the instance-id picker). */
  control?: ReactNode;
}

/** Shorter than the full Markdown description: its first sentence, without backticks. */
function shortDescription(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const first = text.split('\n\n')[0] ?? text;
  return first.replace(/`/g, '');
}

export const fieldId = (param: ParamSpec) =>
  `param-${param.in}-${param.name.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** One generated form field: enums as a select, booleans as true/false, integers checked as typed. */
export function ParamField({ param, value, onChange, error, hint, control }: ParamFieldProps) {
  const id = fieldId(param);
  const describedBy = [error ? `${id}-error` : undefined, `${id}-hint`].filter(Boolean).join(' ');
  const common = {
    id,
    'aria-required': param.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  const options = param.enum ?? (param.kind === 'boolean' ? ['true', 'false'] : undefined);
  const input =
    control ??
    (options ? (
      <select
        {...common}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={inputClass}
      >
        {param.required && options.includes(value) ? null : <option value="">— not set —</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    ) : (
      <input
        {...common}
        type="text"
        inputMode={param.kind === 'integer' ? 'numeric' : param.kind === 'number' ? 'decimal' : undefined}
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder={param.example ?? param.default ?? ''}
        onChange={(event) => onChange(event.target.value)}
        className={`${inputClass} font-mono`}
      />
    ));
  return (
    <div className="grid gap-1.5 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <div className="flex flex-col pt-2">
        <FieldLabel htmlFor={id} param={param} />
        <FieldMeta param={param} />
      </div>
      <div className="flex min-w-0 flex-col gap-1">
        {input}
        {error ? (
          <p id={`${id}-error`} className="text-xs font-medium text-red-700 dark:text-red-400">
            {error}
          </p>
        ) : null}
        <p id={`${id}-hint`} className="text-xs text-slate-500 dark:text-slate-400">
          {hint ?? shortDescription(param.description)}
          {!param.forwarded
            ? ' The explorer’s proxy does not forward this header; use a snippet to send it.'
            : ''}
        </p>
      </div>
    </div>
  );
}
