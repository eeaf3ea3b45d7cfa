'use client';

import { Button } from '@/components/ui/button';
import type { BodySpec } from '@/lib/invoke-form/types';

interface BodyEditorProps {
  body: BodySpec;
  value: string;
  onChange: (value: string) => void;
  onReset: () => void;
  error?: string;
}

const ID = 'invoke-request-body';

/** The request body: a monospace editor prefilled with the example, checked before sending. */
export function BodyEditor({ body, value, onChange, onReset, error }: BodyEditorProps) {
  const json = /json/i.test(body.contentType);
  function format() {
    try {
      onChange(JSON.stringify(JSON.parse(value), null, 2));
    } catch {
      // Leave the text alone; the syntax error is reported when the user sends.
    }
  }
  const lines = Math.min(Math.max(value.split('\n').length + 1, 6), 28);
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex flex-wrap items-center gap-2">
        <label
          htmlFor={ID}
          className="flex items-baseline gap-1 text-sm font-semibold text-slate-800 dark:text-slate-200"
        >
          Request body
          {body.required ? (
            <span aria-hidden className="text-red-600 dark:text-red-400">
              *
            </span>
          ) : null}
        </label>
        <code className="rounded bg-slate-100 px-1.5 font-mono text-[11px] text-slate-600 dark:bg-slate-800 dark:text-slate-300">
          {body.contentType}
        </code>
        <span className="ml-auto flex gap-2">
          {json ? (
            <Button variant="ghost" size="sm" onClick={format}>
              Format JSON
            </Button>
          ) : null}
          <Button variant="ghost" size="sm" onClick={onReset}>
            Reset to example
          </Button>
        </span>
      </div>
      <textarea
        id={ID}
        rows={lines}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        aria-required={body.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${ID}-error ${ID}-hint` : `${ID}-hint`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="w-full resize-y rounded-md border border-slate-300 bg-slate-950 p-3 font-mono text-[12.5px] leading-relaxed text-slate-100 caret-white shadow-inner focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/40 aria-[invalid=true]:border-red-500 dark:border-slate-700"
      />
      {error ? (
        <p id={`${ID}-error`} className="text-xs font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
      <p id={`${ID}-hint`} className="text-xs text-slate-500 dark:text-slate-400">
        {body.requiredFields.length > 0
          ? `Required fields: ${body.requiredFields.join(', ')}.`
          : 'Prefilled with the example from the API description.'}
      </p>
    </div>
  );
}
