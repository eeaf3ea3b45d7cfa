'use client';

import { inputClass } from '@/components/ui/field';
import { DATE_PRESETS } from '@/lib/odata-query/date-presets';
import { findField, type EntitySetDef, type FieldDef } from '@/lib/odata-query/entity-sets';
import { enumLabels } from '@/lib/odata-query/enums';
import { OPERATOR_LABELS, operatorsFor, type Operator } from '@/lib/odata-query/operators';
import type { FilterRow as FilterRowModel } from '@/lib/odata-query/query-model';

/** What a new row's value starts as: the first label, preset or boolean, else empty. */
export function initialValue(field: FieldDef, operator: Operator): string {
  if (operator === 'within') return '24h';
  if (field.enum) return enumLabels(field.enum)[0] ?? '';
  if (field.type === 'bool') return 'true';
  return '';
}

export function newFilterRow(field: FieldDef): FilterRowModel {
  const operator = operatorsFor(field)[0]!;
  return { field: field.name, operator, value: initialValue(field, operator) };
}

const PLACEHOLDERS: Record<FieldDef['type'], string> = {
  string: 'text',
  int: 'a whole number',
  bool: '',
  guid: '36b48993-5971-…',
  date: '2025-02-11T07:45',
};

interface FilterRowProps {
  id: string;
  set: EntitySetDef;
  row: FilterRowModel;
  error: string | undefined;
  onChange: (row: FilterRowModel) => void;
  onRemove: () => void;
}

/** One typed filter: a field, an operator that suits it, and a value as that field takes it. */
export function FilterRow({ id, set, row, error, onChange, onRemove }: FilterRowProps) {
  const field = findField(set, row.field) ?? set.fields[0]!;
  const valueId = `${id}-value`;
  const describedBy = error ? `${id}-error` : undefined;
  let value;
  if (row.operator === 'within')
    value = (
      <select
        id={valueId}
        aria-label={`${field.name}: how far back`}
        className={inputClass}
        value={row.value}
        onChange={(event) => onChange({ ...row, value: event.target.value })}
      >
        {Object.entries(DATE_PRESETS).map(([preset, { label }]) => (
          <option key={preset} value={preset}>
            {label}
          </option>
        ))}
      </select>
    );
  else if (field.enum || field.type === 'bool')
    value = (
      <select
        id={valueId}
        aria-label={`${field.name} value`}
        className={inputClass}
        value={row.value}
        onChange={(event) => onChange({ ...row, value: event.target.value })}
      >
        {(field.enum ? enumLabels(field.enum) : ['true', 'false']).map((label) => (
          <option key={label} value={label}>
            {label}
          </option>
        ))}
      </select>
    );
  else
    value = (
      <input
        id={valueId}
        aria-label={`${field.name} value`}
        className={inputClass}
        value={row.value}
        placeholder={PLACEHOLDERS[field.type]}
        inputMode={field.type === 'int' ? 'numeric' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => onChange({ ...row, value: event.target.value })}
      />
    );
  return (
    <li className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,0.8fr)_minmax(0,1fr)_auto]">
        <select
          aria-label="Filter field"
          className={inputClass}
          value={field.name}
          onChange={(event) => {
            const next = findField(set, event.target.value);
            if (next) onChange(newFilterRow(next));
          }}
        >
          {set.fields.map((candidate) => (
            <option key={candidate.name} value={candidate.name}>
              {candidate.name}
            </option>
          ))}
        </select>
        <select
          aria-label={`${field.name} operator`}
          className={inputClass}
          value={row.operator}
          onChange={(event) => {
            const operator = event.target.value as Operator;
            const switchesKind = (operator === 'within') !== (row.operator === 'within');
            onChange({ ...row, operator, value: switchesKind ? initialValue(field, operator) : row.value });
          }}
        >
          {operatorsFor(field).map((operator) => (
            <option key={operator} value={operator}>
              {OPERATOR_LABELS[operator]}
            </option>
          ))}
        </select>
        {value}
        <button
          type="button"
          onClick={onRemove}
          className="rounded-md px-2 py-2 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
          aria-label={`Remove the ${field.name} filter`}
        >
          Remove
        </button>
      </div>
      {error ? (
        <p
          id={`${id}-error`}
          role="alert"
          className="mt-1 text-xs font-medium text-red-700 dark:text-red-400"
        >
          {error}
        </p>
      ) : null}
    </li>
  );
}
