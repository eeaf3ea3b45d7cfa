'use client';

import { useId, useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { HOST_KIND_LABELS, HOST_KINDS, REGIONS, resolveHost, type HostKind } from '@/lib/citrix/regions';
import { notifyImportsChanged } from '@/lib/import/events';
import { mapServerUrl, overrideProblem } from '@/lib/openapi/servers';
import type { ImportedDocMeta, ServerOverride } from '@/lib/openapi/types';

import { useCallRegion } from './invoke-target';

const loadStore = () => import('@/lib/import/store');

/** The host a kind has in the region, for the picker's labels: `api.wem.cloud.com`, `sandbox`. */
function hostLabel(kind: HostKind, region: ReturnType<typeof useCallRegion>): string {
  const host = resolveHost(region, kind);
  if (!host) return `no host in ${REGIONS[region].label}`;
  return host.type === 'remote' ? host.hostname : `this app's ${host.pathPrefix}`;
}

/**
 * Reads what was typed: a host kind and a base path, or a whole URL pasted into the base path
 * (`https://api.cloud.com/administrators`), which is mapped onto the table by the same code the
 * import uses. The invoke route checks the result again; the form is only the first line.
 */
function readOverride(hostKind: HostKind, basePath: string): ServerOverride | { problem: string } {
  const typed = basePath.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(typed)) {
    const mapped = mapServerUrl(typed);
    if (mapped.ok) return { hostKind: mapped.hostKind, basePath: mapped.basePath };
    // This is where a Server is set: the advice to set one is left out.
    return { problem: mapped.reason.replace(/\s*Set a Server for it:.*$/, '') };
  }
  const override = { hostKind, basePath: typed === '/' ? '' : typed.replace(/\/+$/, '') };
  const problem = overrideProblem(override);
  return problem ? { problem } : override;
}

/**
 * The Server of an imported document: which host of the region table its calls go to and under
 * which base path. Remembered with the document (IndexedDB); wins over the document's servers.
 */
export function ServerControl({
  meta,
  open: initiallyOpen = false,
}: {
  meta: ImportedDocMeta;
  open?: boolean;
}) {
  const id = useId();
  const region = useCallRegion();
  const current = meta.serverOverride;
  const [hostKind, setHostKind] = useState<HostKind>(current?.hostKind ?? 'gateway');
  const [basePath, setBasePath] = useState(current?.basePath ?? '');
  const [problem, setProblem] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  async function save(override: ServerOverride | undefined) {
    setSaving(true);
    try {
      await (await loadStore()).setServerOverride(meta.id, override);
      notifyImportsChanged();
    } catch (error) {
      setProblem(
        `Could not save the Server in this browser: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setSaving(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const read = readOverride(hostKind, basePath);
    if ('problem' in read) {
      setProblem(read.problem);
      return;
    }
    setProblem(undefined);
    setHostKind(read.hostKind);
    setBasePath(read.basePath);
    void save(read);
  }

  const errorId = `${id}-error`;
  return (
    <details
      open={initiallyOpen || undefined}
      data-testid="server-control"
      className="rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-950"
    >
      <summary className="cursor-pointer font-semibold text-slate-900 dark:text-white">
        Server{' '}
        <span className="font-normal text-slate-600 dark:text-slate-400">
          {current
            ? `— set: ${HOST_KIND_LABELS[current.hostKind]}${current.basePath ? `, ${current.basePath}` : ''}`
            : '— from the document'}
        </span>
      </summary>
      <form onSubmit={onSubmit} className="mt-3 space-y-3" aria-label="Server for this document">
        <p className="text-slate-600 dark:text-slate-400">
          Pick the kind of Citrix Cloud host the calls go to (the region decides which host exactly) and the
          base path the document’s paths sit under. A URL of a table host can be pasted as the base path.
        </p>
        <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor={`${id}-kind`} className="font-medium text-slate-700 dark:text-slate-200">
              Host
            </label>
            <select
              id={`${id}-kind`}
              value={hostKind}
              onChange={(event) => setHostKind(event.target.value as HostKind)}
              className={`${inputClass} min-w-0`}
            >
              {HOST_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {HOST_KIND_LABELS[kind]} ({hostLabel(kind, region)})
                </option>
              ))}
            </select>
          </div>
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor={`${id}-path`} className="font-medium text-slate-700 dark:text-slate-200">
              Base path
            </label>
            <input
              id={`${id}-path`}
              value={basePath}
              onChange={(event) => setBasePath(event.target.value)}
              placeholder="/administrators"
              spellCheck={false}
              autoComplete="off"
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? errorId : undefined}
              className={`${inputClass} min-w-0 font-mono`}
            />
          </div>
        </div>
        {problem ? (
          <p id={errorId} role="alert" className="font-medium text-red-700 dark:text-red-400">
            {problem}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" size="sm" disabled={saving}>
            Use this Server
          </Button>
          {current ? (
            <Button
              type="button"
              size="sm"
              variant="secondary"
              disabled={saving}
              onClick={() => {
                setProblem(undefined);
                void save(undefined);
              }}
            >
              Use the document’s servers
            </Button>
          ) : null}
        </div>
      </form>
    </details>
  );
}
