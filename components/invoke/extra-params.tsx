'use client';

import { useRef } from 'react';

import { Button } from '@/components/ui/button';
import type { ExtraParam } from '@/lib/invoke-form/extra-params';

import type { InvokeForm } from './use-invoke-form';

const input =
  'min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm dark:border-slate-700 dark:bg-slate-900';

/** The id of an extra row's name input, for focusing the first problem. */
export const extraFieldId = (extra: ExtraParam) => `invoke-extra-${extra.id}-name`;

/**
 * Headers and query parameters the description does not declare, as Postman lets you add them.
 * They pass the same outbound allowlist as every header: the form says up front what is refused.
 */
export function ExtraParams({ form }: { form: InvokeForm }) {
  const counter = useRef(0);
  const extras = form.values.extra ?? [];
  const update = (id: string, change: Partial<ExtraParam>) =>
    form.setExtra(extras.map((extra) => (extra.id === id ? { ...extra, ...change } : extra)));
  const add = () => {
    counter.current += 1;
    form.setExtra([...extras, { id: `x${counter.current}`, in: 'query', name: '', value: '' }]);
  };
  return (
    <fieldset className="space-y-3">
      <legend className="mb-3 text-xs font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400">
        Extra headers and query parameters
      </legend>
      {extras.map((extra, index) => {
        const error = form.showErrors ? form.validation.fields[`extra:${extra.id}`] : undefined;
        const errorId = `${extraFieldId(extra)}-error`;
        return (
          <div key={extra.id} className="space-y-1">
            <div className="flex flex-wrap items-center gap-2">
              <label className="sr-only" htmlFor={`${extraFieldId(extra)}-in`}>
                Extra {index + 1}: where
              </label>
              <select
                id={`${extraFieldId(extra)}-in`}
                value={extra.in}
                onChange={(event) => update(extra.id, { in: event.target.value as ExtraParam['in'] })}
                className={input}
              >
                <option value="query">Query</option>
                <option value="header">Header</option>
              </select>
              <input
                id={extraFieldId(extra)}
                aria-label={`Extra ${index + 1}: name`}
                placeholder="Name"
                value={extra.name}
                onChange={(event) => update(extra.id, { name: event.target.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                className={`${input} w-40 flex-1`}
                autoComplete="off"
                spellCheck={false}
              />
              <input
                aria-label={`Extra ${index + 1}: value`}
                placeholder="Value"
                value={extra.value}
                onChange={(event) => update(extra.id, { value: event.target.value })}
                className={`${input} w-40 flex-[2]`}
                autoComplete="off"
                spellCheck={false}
              />
              <Button
                size="sm"
                variant="secondary"
                onClick={() => form.setExtra(extras.filter((other) => other.id !== extra.id))}
                aria-label={`Remove extra ${index + 1}`}
              >
                Remove
              </Button>
            </div>
            {error ? (
              <p id={errorId} className="text-sm text-red-700 dark:text-red-300">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <Button size="sm" variant="secondary" onClick={add}>
        Add a header or query parameter
      </Button>
    </fieldset>
  );
}
