'use client';

import type { ParamSpec } from '@/lib/invoke-form/types';

import { AuthorizationField } from './authorization-field';
import { ExtraParams } from './extra-params';
import { InstanceIdField } from './instance-id-field';
import { ParamField } from './param-field';
import type { InvokeForm } from './use-invoke-form';

const GROUPS: { title: string; pick: (param: ParamSpec) => boolean }[] = [
  { title: 'Authentication', pick: (param) => param.role === 'authorization' },
  { title: 'Path parameters', pick: (param) => param.in === 'path' },
  { title: 'Query parameters', pick: (param) => param.in === 'query' },
  { title: 'Headers', pick: (param) => param.in === 'header' && param.role !== 'authorization' },
];

/** The generated fields, grouped as the request is built: authentication, path, query, headers. */
export function RequestFields({ form }: { form: InvokeForm }) {
  const error = (param: ParamSpec) => (form.showErrors ? form.validation.fields[param.key] : undefined);
  function field(param: ParamSpec) {
    const value = form.values.params[param.key] ?? '';
    const set = (next: string) => form.setParam(param.key, next);
    if (param.role === 'authorization') {
      return (
        <AuthorizationField
          key={param.key}
          param={param}
          authenticated={form.authenticated}
          expiresAt={form.session?.expiresAt}
          value={form.values.authorization}
          onChange={form.setAuthorization}
          error={error(param)}
        />
      );
    }
    if (param.role === 'instance-id') {
      return (
        <InstanceIdField
          key={param.key}
          param={param}
          value={value}
          onChange={set}
          error={error(param)}
          sites={form.sites.data}
          loading={form.sites.isFetching}
          failure={form.sites.error ? (form.sites.error as Error).message : undefined}
        />
      );
    }
    if (param.role === 'accept') {
      // Free text rather than a one-option select, so that */* can be tried and its 406 explained.
      const hint =
        'Citrix Cloud accepts exactly application/json: */* or a charset parameter is answered with 406.';
      return (
        <ParamField
          key={param.key}
          param={{ ...param, enum: undefined }}
          value={value}
          onChange={set}
          error={error(param)}
          hint={hint}
        />
      );
    }
    const fromSession =
      param.role === 'customer-id' && form.authenticated && value === form.session?.customerId;
    const hint = fromSession ? 'From your session.' : undefined;
    return (
      <ParamField
        key={param.key}
        param={param}
        value={value}
        onChange={set}
        error={error(param)}
        hint={hint}
      />
    );
  }
  return (
    <>
      {GROUPS.map((group) => {
        const params = form.spec.params.filter(group.pick);
        if (params.length === 0) return null;
        return (
          <fieldset key={group.title} className="space-y-4">
            <legend className="mb-3 text-xs font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400">
              {group.title}
            </legend>
            {params.map(field)}
          </fieldset>
        );
      })}
      <ExtraParams form={form} />
    </>
  );
}
