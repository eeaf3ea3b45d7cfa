import type { ParamSpec } from '@/lib/invoke-form/types';

/**
 * A parameter's label: its exact name (so a test or a screen reader finds "Limit"), with the
 * required asterisk hidden from the accessible name (aria-required says it instead).
 */
export function FieldLabel({ htmlFor, param }: { htmlFor: string; param: ParamSpec }) {
  return (
    <label
      htmlFor={htmlFor}
      className="flex items-baseline gap-1 font-mono text-[13px] font-semibold text-slate-800 dark:text-slate-200"
    >
      {param.name}
      {param.required ? (
        <span aria-hidden className="text-red-600 dark:text-red-400">
          *
        </span>
      ) : null}
    </label>
  );
}

/** Type, format and range, in small print beside the label. */
export function FieldMeta({ param }: { param: ParamSpec }) {
  const range =
    param.minimum !== undefined && param.maximum !== undefined
      ? `${param.minimum}–${param.maximum}`
      : param.minimum !== undefined
        ? `≥ ${param.minimum}`
        : param.maximum !== undefined
          ? `≤ ${param.maximum}`
          : undefined;
  return (
    <span className="font-mono text-[11px] text-slate-500 dark:text-slate-400">
      {[param.kind + (param.format ? ` (${param.format})` : ''), range, param.in].filter(Boolean).join(' · ')}
    </span>
  );
}
