'use client';

import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';

import { jsonRows, searchJson, type JsonRow } from '@/lib/invoke-form/json-rows';

/** Children are shown in pages, so a 100 000-item array costs one page of rows until asked. */
const PAGE = 100;
/** Rows built at once, whatever is open; "Show more rows" adds as many again. */
const ROW_BUDGET = 2000;
/** Deeper levels keep this indentation, so a body nested thousands deep stays inside the view. */
const MAX_INDENT = 24;

interface JsonTreeProps {
  value: unknown;
  /** Containers up to this depth start open; deeper ones build nothing until expanded. */
  openDepth: number;
}

const toolButton =
  'rounded border border-slate-300 px-2 py-0.5 font-sans text-xs text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800';

/**
 * JSON as a collapsible tree with Expand all, Collapse all and search. Built as a flat list of
 * rows without recursion (lib/invoke-form/json-rows.ts): a closed node builds none of its
 * children, and a cap on rows keeps a huge or deeply nested body responsive.
 */
export function JsonTree({ value, openDepth }: JsonTreeProps) {
  const searchId = useId();
  const [defaultDepth, setDefaultDepth] = useState(openDepth);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const [closed, setClosed] = useState<ReadonlySet<string>>(() => new Set());
  const [limits, setLimits] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [maxRows, setMaxRows] = useState(ROW_BUDGET);
  const [query, setQuery] = useState('');

  // A large body is searched after the keystroke is shown, not before.
  const deferredQuery = useDeferredValue(query);
  const search = useMemo(() => searchJson(value, deferredQuery), [value, deferredQuery]);
  const { rows, truncated } = useMemo(
    () =>
      jsonRows(value, {
        isOpen: (path, depth) =>
          opened.has(path) || (!closed.has(path) && (search.reveal.has(path) || depth < defaultDepth)),
        limitOf: (path) => Math.max(limits.get(path) ?? PAGE, search.reveal.get(path) ?? 0),
        maxRows,
      }),
    [value, opened, closed, limits, maxRows, defaultDepth, search],
  );

  function toggle(path: string, open: boolean) {
    const without = (set: ReadonlySet<string>) => new Set([...set].filter((item) => item !== path));
    if (open) {
      setOpened(without(opened));
      setClosed(new Set([...closed, path]));
    } else {
      setClosed(without(closed));
      setOpened(new Set([...opened, path]));
    }
  }
  function setAll(depth: number) {
    setDefaultDepth(depth);
    setOpened(new Set());
    setClosed(new Set());
    setMaxRows(ROW_BUDGET);
  }

  const matchCount = deferredQuery.trim() === '' ? undefined : search.matches.size;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={toolButton} onClick={() => setAll(Infinity)}>
          Expand all
        </button>
        <button type="button" className={toolButton} onClick={() => setAll(1)}>
          Collapse all
        </button>
        <label htmlFor={searchId} className="sr-only">
          Search the response body
        </label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Search keys and values"
          className="min-w-32 flex-1 rounded border border-slate-300 bg-white px-2 py-0.5 text-xs sm:max-w-64 dark:border-slate-700 dark:bg-slate-900"
        />
        <span
          role="status"
          data-testid="json-search-status"
          className="text-xs text-slate-600 dark:text-slate-400"
        >
          {matchCount === undefined
            ? ''
            : matchCount === 0
              ? 'No match'
              : `${matchCount}${search.capped ? '+' : ''} ${matchCount === 1 ? 'match' : 'matches'}`}
        </span>
      </div>
      <div className="font-mono text-[12.5px] leading-6" data-testid="json-tree">
        {rows.map((row) => (
          <Row
            key={`${row.kind}:${row.path}`}
            row={row}
            match={search.matches.has(row.path) && row.kind !== 'close' && row.kind !== 'more'}
            onToggle={toggle}
            onMore={(path, shown) => setLimits(new Map(limits).set(path, shown + PAGE * 10))}
          />
        ))}
        {truncated ? (
          <button
            type="button"
            className={`${toolButton} my-1`}
            onClick={() => setMaxRows(maxRows + ROW_BUDGET)}
          >
            Show {ROW_BUDGET} more rows
          </button>
        ) : null}
      </div>
    </div>
  );
}

function Key({ name }: { name: string | number | undefined }) {
  if (name === undefined) return null;
  return typeof name === 'number' ? (
    <span className="text-slate-500 dark:text-slate-400">{name}: </span>
  ) : (
    <span className="text-sky-800 dark:text-sky-300">{JSON.stringify(name)}: </span>
  );
}

function Primitive({ value }: { value: Extract<JsonRow, { kind: 'leaf' }>['value'] }) {
  if (value === null) return <span className="text-slate-600 dark:text-slate-400">null</span>;
  if (typeof value === 'string')
    return <span className="break-all text-emerald-700 dark:text-emerald-400">{JSON.stringify(value)}</span>;
  if (typeof value === 'number')
    return <span className="text-blue-700 dark:text-blue-300">{String(value)}</span>;
  return <span className="text-violet-700 dark:text-violet-300">{String(value)}</span>;
}

function Indent({ depth, children }: { depth: number; children: ReactNode }) {
  return <div style={{ paddingLeft: `${Math.min(depth, MAX_INDENT) * 1}rem` }}>{children}</div>;
}

interface RowProps {
  row: JsonRow;
  match: boolean;
  onToggle: (path: string, open: boolean) => void;
  onMore: (path: string, shown: number) => void;
}

function Row({ row, match, onToggle, onMore }: RowProps) {
  const highlight = match ? 'rounded bg-amber-100 dark:bg-amber-500/20' : '';
  if (row.kind === 'leaf') {
    return (
      <Indent depth={row.depth}>
        <div className={`pl-5 ${highlight}`} data-match={match || undefined}>
          <Key name={row.name} />
          {row.empty ? String(row.value) : <Primitive value={row.value} />}
          {row.last ? '' : ','}
        </div>
      </Indent>
    );
  }
  if (row.kind === 'close') {
    return (
      <Indent depth={row.depth}>
        <div className="pl-5">
          {row.isArray ? ']' : '}'}
          {row.last ? '' : ','}
        </div>
      </Indent>
    );
  }
  if (row.kind === 'more') {
    const next = Math.min(PAGE * 10, row.total - row.shown);
    return (
      <Indent depth={row.depth}>
        <button
          type="button"
          onClick={() => onMore(row.path, row.shown)}
          className="my-1 ml-5 rounded border border-slate-300 px-2 text-[11px] text-slate-600 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          Show {next} more of {row.total - row.shown} remaining
        </button>
      </Indent>
    );
  }
  const [openBrace, closeBrace] = row.isArray ? ['[', ']'] : ['{', '}'];
  const count = `${row.count} ${row.isArray ? (row.count === 1 ? 'item' : 'items') : row.count === 1 ? 'key' : 'keys'}`;
  return (
    <Indent depth={row.depth}>
      <button
        type="button"
        aria-expanded={row.open}
        onClick={() => onToggle(row.path, row.open)}
        data-match={match || undefined}
        className={`group flex w-full items-start gap-1 rounded text-left hover:bg-slate-100 dark:hover:bg-slate-800/60 ${highlight}`}
      >
        <span
          aria-hidden
          className={`inline-block w-4 shrink-0 text-center text-[9px] leading-6 text-slate-400 transition-transform ${row.open ? 'rotate-90' : ''}`}
        >
          ▶
        </span>
        <span>
          <Key name={row.name} />
          {openBrace}
          {row.open ? null : (
            <>
              <span className="mx-1 rounded bg-slate-100 px-1 text-[11px] text-slate-600 dark:bg-slate-800 dark:text-slate-300">
                {count}
              </span>
              {closeBrace}
              {row.last ? '' : ','}
            </>
          )}
        </span>
      </button>
    </Indent>
  );
}
