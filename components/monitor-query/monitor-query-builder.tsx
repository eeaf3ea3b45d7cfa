'use client';

import { useMemo, useState, useSyncExternalStore } from 'react';

import { useSession } from '@/components/auth/use-session';
import { useOrigin } from '@/components/explorer/use-origin';
import { useRegion } from '@/components/shell/region-provider';
import { Button } from '@/components/ui/button';
import { buildODataQuery } from '@/lib/odata-query/build-query';
import { countBuckets } from '@/lib/odata-query/count-buckets';
import { expandedColumns } from '@/lib/odata-query/expanded-columns';
import { monitorServiceRoot, odataUrl } from '@/lib/odata-query/monitor-service';
import { queryModelSchema, type QueryModel } from '@/lib/odata-query/query-model';
import { queryTarget } from '@/lib/odata-query/query-target';
import { READY_QUERIES } from '@/lib/odata-query/ready-queries';
import { describeValue } from '@/lib/odata-query/row-value';

import { CountChart } from './count-chart';
import { QueryForm } from './query-form';
import { QueryUrl } from './query-url';
import { ResultsTable } from './results-table';
import { useMonitorQuery } from './use-monitor-query';

const INITIAL: QueryModel = queryModelSchema.parse(READY_QUERIES[0]!.model);
const subscribe = () => () => {};

/**
 * The Monitor OData query builder: the query as a form, its URL as it stands, and its rows and
 * counts, updated live against the sandbox or the tenant the session's token is for.
 */
export function MonitorQueryBuilder() {
  const { data: session } = useSession();
  const { region: headerRegion } = useRegion();
  const origin = useOrigin();
  // The date presets count back from the moment the query was last changed; rendering waits for
  // the browser, so the server's clock never makes the URL differ at hydration.
  const mounted = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const [model, setModel] = useState<QueryModel>(INITIAL);
  const [now, setNow] = useState(() => new Date());
  const change = (next: QueryModel) => {
    setModel(next);
    setNow(new Date());
  };

  const authenticated = session?.authenticated === true;
  const region = authenticated && session.region ? session.region : headerRegion;
  const customerId = authenticated ? session.customerId : undefined;
  const built = useMemo(() => buildODataQuery(model, now), [model, now]);
  const serviceRoot = monitorServiceRoot(region, origin);
  const query = built.ok ? built.query : undefined;
  const target = mounted ? queryTarget(built, session) : undefined;
  const { state, key, loadMore } = useMonitorQuery(target);

  const shown = state.status === 'done' ? state : state.status === 'loading' ? state.previous : undefined;
  // Rows of an older query keep showing while the new one loads, with the columns they were fetched with.
  const current = shown && shown.key === key && query ? query : undefined;
  const expanded = current ? expandedColumns(current.set, current.model.expand) : [];
  const buckets =
    current?.groupBy && shown
      ? countBuckets(shown.rows, current.groupBy, (value) => describeValue(current.groupBy!.field, value))
      : [];

  return (
    <div className="space-y-8">
      <section aria-labelledby="ready-heading" className="space-y-2">
        <h2 id="ready-heading" className="text-base font-semibold">
          Ready queries
        </h2>
        <div className="flex flex-wrap gap-2">
          {READY_QUERIES.map((ready) => (
            <Button
              key={ready.id}
              variant="secondary"
              size="sm"
              title={ready.description}
              onClick={() => change(queryModelSchema.parse(ready.model))}
            >
              {ready.title}
            </Button>
          ))}
        </div>
      </section>

      <section aria-labelledby="query-heading" className="space-y-3">
        <h2 id="query-heading" className="text-base font-semibold">
          Query
        </h2>
        <QueryForm model={model} problems={built.ok ? [] : built.problems} onChange={change} />
      </section>

      {mounted && serviceRoot && query ? (
        <QueryUrl
          url={odataUrl(serviceRoot, query.path, query.query)}
          snippet={{ serviceRoot, path: query.path, query: query.query, customerId }}
        />
      ) : null}
      {!built.ok ? (
        <p
          role="status"
          className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          Fix the {built.problems.length === 1 ? 'problem' : `${built.problems.length} problems`} above to see
          the URL and run the query; nothing is sent until then.
        </p>
      ) : null}
      {mounted && !serviceRoot ? (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
          The Monitor service has no host in this region.
        </p>
      ) : null}

      <section aria-labelledby="results-heading" className="min-w-0 space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="results-heading" className="text-base font-semibold">
            Results
          </h2>
          <p
            role="status"
            aria-live="polite"
            className="text-sm text-slate-600 dark:text-slate-300"
            data-testid="query-status"
          >
            {!authenticated
              ? 'Set Authentication to run the query.'
              : state.status === 'loading'
                ? 'Running…'
                : state.status === 'done'
                  ? `${state.rows.length} row${state.rows.length === 1 ? '' : 's'}${
                      state.count === undefined ? '' : ` of ${state.count}`
                    } in ${state.durationMs} ms`
                  : ''}
          </p>
        </div>
        {state.status === 'error' ? (
          <div
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
          >
            {state.message}
          </div>
        ) : null}
        {current && shown ? (
          <>
            {current.groupBy && buckets.length > 0 ? (
              <CountChart
                buckets={buckets}
                title={
                  current.groupBy.field.type === 'date'
                    ? `Rows per ${current.groupBy.bucket} of ${current.groupBy.path} (UTC)`
                    : `Rows per ${current.groupBy.path}`
                }
              />
            ) : null}
            <ResultsTable rows={shown.rows} columns={current.columns} expanded={expanded} />
            {state.status === 'done' && state.nextLink ? (
              <Button variant="secondary" size="sm" onClick={loadMore}>
                Load the next page
              </Button>
            ) : null}
          </>
        ) : null}
      </section>
    </div>
  );
}
