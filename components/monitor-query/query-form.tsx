'use client';

import type { ReactNode } from 'react';

import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import type { QueryProblem } from '@/lib/odata-query/build-query';
import { ENTITY_SET_NAMES, ENTITY_SETS, type EntitySetDef } from '@/lib/odata-query/entity-sets';
import { MAX_TOP, type QueryModel } from '@/lib/odata-query/query-model';

import { FilterRow, newFilterRow } from './filter-row';

/** A fresh query on an entity set: its first few fields, nothing else. */
export function queryFor(set: EntitySetDef): QueryModel {
  return {
    entitySet: set.name,
    select: set.fields.slice(0, 4).map((field) => field.name),
    filters: [],
    rawFilter: '',
    expand: [],
    orderBy: null,
    top: '50',
    count: true,
    groupBy: null,
  };
}

function Section({ title, children, error }: { title: string; children: ReactNode; error?: string }) {
  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="mb-1 text-sm font-semibold text-slate-800 dark:text-slate-100">{title}</legend>
      {children}
      {error ? (
        <p role="alert" className="text-xs font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

const toggle = (list: readonly string[], name: string, on: boolean) =>
  on ? [...list, name] : list.filter((item) => item !== name);

const checkboxLabel =
  'inline-flex items-center gap-1.5 rounded border border-slate-200 px-2 py-1 text-xs font-mono dark:border-slate-700';

interface QueryFormProps {
  model: QueryModel;
  problems: QueryProblem[];
  onChange: (model: QueryModel) => void;
}

/** The query, part by part: entity set, fields, filters, relations, order, size, count and counts chart. */
export function QueryForm({ model, problems, onChange }: QueryFormProps) {
  const set = ENTITY_SETS[model.entitySet as keyof typeof ENTITY_SETS] ?? ENTITY_SETS.Sessions;
  const problem = (where: string) => problems.find((candidate) => candidate.where === where)?.message;
  const update = (patch: Partial<QueryModel>) => onChange({ ...model, ...patch });
  const groupOptions = [
    ...set.fields.map((field) => field.name),
    ...set.expand.flatMap((relation) => {
      const target = relation.target && ENTITY_SETS[relation.target];
      return target?.titleField ? [`${relation.name}/${target.titleField}`] : [];
    }),
  ];
  const groupField = model.groupBy && set.fields.find((field) => field.name === model.groupBy?.field);

  return (
    <div className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="mq-entity-set" className="text-sm font-semibold">
            Entity set
          </label>
          <select
            id="mq-entity-set"
            className={inputClass}
            value={set.name}
            onChange={(event) =>
              onChange(queryFor(ENTITY_SETS[event.target.value as keyof typeof ENTITY_SETS]))
            }
          >
            {ENTITY_SET_NAMES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          <p className="text-xs text-slate-500 dark:text-slate-400">{set.description}</p>
        </div>
      </div>

      <Section title="Fields ($select)" error={problem('select')}>
        <div className="flex flex-wrap gap-1.5">
          {set.fields.map((field) => (
            <label key={field.name} className={checkboxLabel}>
              <input
                type="checkbox"
                checked={model.select.includes(field.name)}
                onChange={(event) =>
                  update({ select: toggle(model.select, field.name, event.target.checked) })
                }
              />
              {field.name}
            </label>
          ))}
        </div>
        <p className="text-xs text-slate-500 dark:text-slate-400">None ticked returns every field.</p>
      </Section>

      <Section title="Filters ($filter)">
        {model.filters.length > 0 ? (
          <ul className="space-y-2">
            {model.filters.map((row, index) => (
              <FilterRow
                key={index}
                id={`mq-filter-${index}`}
                set={set}
                row={row}
                error={problem(`filters.${index}`)}
                onChange={(next) =>
                  update({ filters: model.filters.map((old, at) => (at === index ? next : old)) })
                }
                onRemove={() => update({ filters: model.filters.filter((_, at) => at !== index) })}
              />
            ))}
          </ul>
        ) : null}
        <Button
          variant="secondary"
          size="sm"
          onClick={() => update({ filters: [...model.filters, newFilterRow(set.fields[0]!)] })}
        >
          Add filter
        </Button>
        <div className="flex flex-col gap-1">
          <label htmlFor="mq-raw-filter" className="text-xs font-medium text-slate-700 dark:text-slate-200">
            And this expression, as typed
          </label>
          <input
            id="mq-raw-filter"
            className={`${inputClass} font-mono`}
            value={model.rawFilter}
            placeholder="e.g. ExitCode eq 0 or ExitCode eq null"
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => update({ rawFilter: event.target.value })}
          />
        </div>
      </Section>

      <div className="grid gap-5 sm:grid-cols-2">
        {set.expand.length > 0 ? (
          <Section title="Related ($expand)" error={problem('expand')}>
            <div className="flex flex-wrap gap-1.5">
              {set.expand.map((relation) => (
                <label key={relation.name} className={checkboxLabel}>
                  <input
                    type="checkbox"
                    checked={model.expand.includes(relation.name)}
                    onChange={(event) =>
                      update({ expand: toggle(model.expand, relation.name, event.target.checked) })
                    }
                  />
                  {relation.name}
                </label>
              ))}
            </div>
          </Section>
        ) : null}

        <Section title="Order ($orderby)" error={problem('orderBy')}>
          <div className="grid grid-cols-[minmax(0,1fr)_auto] gap-2">
            <select
              aria-label="Order by field"
              className={inputClass}
              value={model.orderBy?.field ?? ''}
              onChange={(event) =>
                update({
                  orderBy: event.target.value
                    ? { field: event.target.value, direction: model.orderBy?.direction ?? 'desc' }
                    : null,
                })
              }
            >
              <option value="">Service order</option>
              {set.fields.map((field) => (
                <option key={field.name} value={field.name}>
                  {field.name}
                </option>
              ))}
            </select>
            <select
              aria-label="Order direction"
              className={inputClass}
              value={model.orderBy?.direction ?? 'desc'}
              disabled={!model.orderBy}
              onChange={(event) =>
                model.orderBy &&
                update({ orderBy: { ...model.orderBy, direction: event.target.value as 'asc' | 'desc' } })
              }
            >
              <option value="desc">descending</option>
              <option value="asc">ascending</option>
            </select>
          </div>
        </Section>

        <Section title="Size ($top, $count)">
          <div className="flex flex-wrap items-center gap-3">
            <label htmlFor="mq-top" className="text-sm">
              Top
            </label>
            <input
              id="mq-top"
              className={inputClass.replace('w-full', 'w-28')}
              inputMode="numeric"
              value={model.top}
              aria-invalid={problem('top') ? true : undefined}
              aria-describedby={problem('top') ? 'mq-top-error' : undefined}
              onChange={(event) => update({ top: event.target.value })}
            />
            <label className="inline-flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                checked={model.count}
                onChange={(event) => update({ count: event.target.checked })}
              />
              Count all matches
            </label>
          </div>
          {problem('top') ? (
            <p id="mq-top-error" role="alert" className="text-xs font-medium text-red-700 dark:text-red-400">
              {problem('top')}
            </p>
          ) : (
            <p className="text-xs text-slate-500 dark:text-slate-400">
              1 to {MAX_TOP}; empty for all (paged).
            </p>
          )}
        </Section>

        <Section title="Chart: count rows by" error={problem('groupBy')}>
          <div className="grid grid-cols-[minmax(0,1fr)_auto] gap-2">
            <select
              aria-label="Count rows by"
              className={inputClass}
              value={model.groupBy?.field ?? ''}
              onChange={(event) =>
                update({
                  groupBy: event.target.value
                    ? { field: event.target.value, bucket: model.groupBy?.bucket ?? 'day' }
                    : null,
                })
              }
            >
              <option value="">No chart</option>
              {groupOptions.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
            <select
              aria-label="Per"
              className={inputClass}
              value={model.groupBy?.bucket ?? 'day'}
              disabled={groupField?.type !== 'date'}
              onChange={(event) =>
                model.groupBy &&
                update({ groupBy: { ...model.groupBy, bucket: event.target.value as 'hour' | 'day' } })
              }
            >
              <option value="hour">per hour</option>
              <option value="day">per day</option>
            </select>
          </div>
        </Section>
      </div>
    </div>
  );
}
