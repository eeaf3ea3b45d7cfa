'use client';

import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore, type DragEvent } from 'react';

import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { Link } from '@/components/ui/link';
import {
  adoptEarlyImport,
  importDocument,
  ImportRefused,
  notifyListShown,
  preloadImporter,
  startedEarly,
  startImporterEarly,
  warmImporter,
} from '@/lib/import/client';
import { isLargePaste, textToImport } from '@/lib/import/large-paste';
import type { ListedDocument } from '@/lib/import/worker-protocol';
import type { ImportedDocMeta, ImportProblem } from '@/lib/openapi/types';
import { countLabel } from '@/lib/text/count-label';
import { whenIdle } from '@/lib/time/when-idle';

import { importedDocHref } from './hrefs';
import { ImportReport } from './import-report';
import { formatSize, sourceLabel } from './imported-docs-table';
import { ProblemList } from './problem-list';
import { VirtualOperationList } from './virtual-operation-list';

type State =
  | { phase: 'idle' }
  | { phase: 'importing'; name: string }
  | { phase: 'listed'; listed: ListedDocument }
  | { phase: 'stored'; listed: ListedDocument; meta: ImportedDocMeta }
  | { phase: 'refused'; name: string; problems: ImportProblem[] }
  | { phase: 'failed'; name: string; message: string };

/** Resolves after the browser has painted the current frame. */
function afterPaint(callback: () => void) {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback();
    channel.port2.postMessage(undefined);
  });
}

// This module is evaluated before the page hydrates: start the import worker now, so that its code
// loads while React boots, and import a file picked already in the
// server-rendered input (lib/import/early-import-script.ts).
if (typeof window !== 'undefined') startImporterEarly();

const noSubscription = () => () => undefined;

/**
 * Import an OpenAPI 3.0 / 3.1 or Swagger 2.0 document, JSON or YAML, from a file or pasted text.
 * The work happens in a Web Worker; the operation list appears as soon as the document is
 * checked, and the time from the user's action to that list on screen is shown (and recorded as
 * the `import-to-list` performance measure, which `npm run bench` reads).
 */
export function ImportPanel() {
  const id = useId();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [listedMs, setListedMs] = useState<number | undefined>();
  const startedAt = useRef(0);
  const measured = useRef(true);
  const pasted = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // A paste of megabytes is kept here, never in the box (lib/import/large-paste.ts).
  const keptAside = useRef<string | undefined>(undefined);
  const [keptSize, setKeptSize] = useState<number | undefined>();
  const [dragging, setDragging] = useState(false);

  // The panel accepts a file from the moment it has hydrated (the worker queues an import behind
  // its warm-up); before that, the server-rendered input is served by lib/import/early-import-script.ts,
  // which sets the same attribute.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  function start(source: Blob | string, name: string, fileName?: string) {
    const at = performance.now();
    follow(
      name,
      at,
      importDocument(source, fileName, { onListed: (listed) => setState({ phase: 'listed', listed }) }),
    );
  }

  function follow(
    name: string,
    at: number,
    outcome: Promise<ImportedDocMeta>,
    listedAlready?: ListedDocument,
  ) {
    startedAt.current = at;
    measured.current = false;
    setListedMs(undefined);
    setState(listedAlready ? { phase: 'listed', listed: listedAlready } : { phase: 'importing', name });
    outcome
      .then((meta) =>
        setState((current) =>
          current.phase === 'listed' ? { phase: 'stored', listed: current.listed, meta } : current,
        ),
      )
      .catch((error: unknown) => {
        if (error instanceof ImportRefused) setState({ phase: 'refused', name, problems: error.problems });
        else
          setState({
            phase: 'failed',
            name,
            message: error instanceof Error ? error.message : String(error),
          });
      });
  }

  /** A file picked before hydration: React may replay its change event, which must not import it twice. */
  const earlyFile = useRef<File | undefined>(undefined);
  useEffect(() => {
    const adopted = adoptEarlyImport();
    if (adopted) {
      earlyFile.current = adopted.file;
      adopted.onListed = (listed) => setState({ phase: 'listed', listed });
      follow(adopted.file.name, adopted.startedAt, adopted.outcome, adopted.listed);
    }
    void warmImporter();
    return whenIdle(preloadImporter);
  }, []);

  const listed = state.phase === 'listed' || state.phase === 'stored' ? state.listed : undefined;
  const onRendered = useCallback(() => {
    if (measured.current || !listed) return;
    measured.current = true;
    afterPaint(() => {
      const end = performance.now();
      notifyListShown(listed);
      performance.measure('import-to-list', { start: startedAt.current, end });
      setListedMs(end - startedAt.current);
    });
  }, [listed]);

  function onFiles(files: FileList | null) {
    const file = files?.[0];
    // React may dispatch a change it hydrated for, after the early script started that import.
    if (file && file !== earlyFile.current && !startedEarly(file)) start(file, file.name, file.name);
    earlyFile.current = undefined;
    if (fileInput.current) fileInput.current.value = '';
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    onFiles(event.dataTransfer.files);
  }

  const busy = state.phase === 'importing';

  return (
    <div className="space-y-8" data-testid="import-panel" data-importer-ready={ready ? 'true' : undefined}>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <div
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={`flex flex-col justify-center gap-3 rounded-xl border-2 border-dashed p-6 ${dragging ? 'border-brand-600 bg-brand-50 dark:bg-brand-600/10' : 'border-slate-300 dark:border-slate-700'}`}
        >
          <h2 className="text-base font-semibold text-slate-900 dark:text-white">From a file</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Drop a .json, .yaml or .yml file here, or choose one.
          </p>
          <label htmlFor={`${id}-file`} className="text-sm font-medium text-slate-700 dark:text-slate-200">
            API description file
          </label>
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
            disabled={busy}
            onChange={(event) => onFiles(event.target.files)}
            className="text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-600 file:px-3 file:py-2 file:text-sm file:font-medium file:text-white hover:file:bg-brand-700"
          />
        </div>
        <form
          className="flex flex-col gap-3 rounded-xl border border-slate-200 p-6 dark:border-slate-800"
          onSubmit={(event) => {
            event.preventDefault();
            const text = textToImport(keptAside.current, pasted.current?.value ?? '');
            start(text, 'pasted text');
          }}
        >
          <h2 className="text-base font-semibold text-slate-900 dark:text-white">By pasting</h2>
          <label htmlFor={`${id}-paste`} className="text-sm font-medium text-slate-700 dark:text-slate-200">
            API description (JSON or YAML)
          </label>
          {/* Uncontrolled: React never diffs a multi-megabyte value. */}
          <textarea
            id={`${id}-paste`}
            ref={pasted}
            rows={7}
            spellCheck={false}
            placeholder={
              keptSize === undefined
                ? 'openapi: 3.1.0\ninfo:\n  title: …'
                : 'The pasted text is kept aside (see below). Type or paste here to replace it.'
            }
            className={`${inputClass} font-mono text-xs`}
            aria-describedby={keptSize === undefined ? undefined : `${id}-kept`}
            onPaste={(event) => {
              const text = event.clipboardData.getData('text/plain');
              if (!isLargePaste(text)) return;
              event.preventDefault();
              keptAside.current = text;
              event.currentTarget.value = '';
              setKeptSize(new Blob([text]).size);
            }}
            onInput={() => {
              if (keptAside.current === undefined) return;
              keptAside.current = undefined;
              setKeptSize(undefined);
            }}
          />
          {keptSize === undefined ? null : (
            <p
              id={`${id}-kept`}
              data-testid="large-paste"
              className="text-sm text-slate-600 dark:text-slate-400"
            >
              Pasted {formatSize(keptSize)} of text: kept aside rather than shown in the box, so the page
              stays quick. Import it, or type or paste to replace it.
            </p>
          )}
          <div>
            <Button type="submit" disabled={busy}>
              Import pasted text
            </Button>
          </div>
        </form>
      </div>

      <section aria-live="polite" aria-label="Import result" className="space-y-4">
        {state.phase === 'importing' ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">Importing {state.name}…</p>
        ) : null}
        {state.phase === 'refused' ? <ProblemList problems={state.problems} /> : null}
        {state.phase === 'failed' ? (
          <p
            role="alert"
            className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200"
          >
            The import failed: {state.message}
          </p>
        ) : null}
        {listed ? (
          <div
            className="space-y-4"
            data-testid="import-result"
            data-import-ms={listedMs === undefined ? undefined : Math.round(listedMs)}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-3">
              <div>
                <h2 className="text-xl font-semibold text-slate-900 dark:text-white">{listed.title}</h2>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {sourceLabel(listed)} · {formatSize(listed.sizeBytes)} ·{' '}
                  {countLabel(listed.operations.length, 'operation')}
                  {listedMs === undefined ? null : <> · listed in {(listedMs / 1000).toFixed(2)} s</>}
                </p>
              </div>
              {state.phase === 'stored' ? (
                <Link
                  href={importedDocHref(state.meta.id)}
                  className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100"
                >
                  Open {state.meta.title} →
                </Link>
              ) : (
                <span className="text-sm text-slate-500">Saving in this browser…</span>
              )}
            </div>
            {state.phase === 'stored' ? <ImportReport meta={state.meta} /> : null}
            <VirtualOperationList
              operations={listed.operations}
              onRendered={onRendered}
              heightClass="h-[50vh]"
            />
          </div>
        ) : null}
      </section>
    </div>
  );
}
