'use client';

import { useState } from 'react';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Children are rendered in pages, so a 100 000-item array costs one page of DOM until asked. */
const PAGE = 100;

interface JsonTreeProps {
  value: unknown;
  /** Containers up to this depth start open; deeper ones render nothing until expanded. */
  openDepth: number;
}

/** JSON as a collapsible tree, built lazily: a closed node renders none of its children. */
export function JsonTree({ value, openDepth }: JsonTreeProps) {
  return (
    <div className="font-mono text-[12.5px] leading-6">
      <JsonNode value={value as Json} depth={0} openDepth={openDepth} last />
    </div>
  );
}

interface JsonNodeProps {
  name?: string | number;
  value: Json;
  depth: number;
  openDepth: number;
  last: boolean;
}

function Key({ name }: { name: string | number | undefined }) {
  if (name === undefined) return null;
  return typeof name === 'number' ? (
    <span className="text-slate-500 dark:text-slate-400">{name}: </span>
  ) : (
    <span className="text-sky-800 dark:text-sky-300">{JSON.stringify(name)}: </span>
  );
}

function Primitive({ value }: { value: Exclude<Json, Json[] | { [key: string]: Json }> }) {
  if (value === null) return <span className="text-slate-600 dark:text-slate-400">null</span>;
  if (typeof value === 'string')
    return <span className="break-all text-emerald-700 dark:text-emerald-400">{JSON.stringify(value)}</span>;
  if (typeof value === 'number')
    return <span className="text-blue-700 dark:text-blue-300">{String(value)}</span>;
  return <span className="text-violet-700 dark:text-violet-300">{String(value)}</span>;
}

function JsonNode({ name, value, depth, openDepth, last }: JsonNodeProps) {
  const [open, setOpen] = useState(depth < openDepth);
  const [shown, setShown] = useState(PAGE);
  const comma = last ? '' : ',';
  if (value === null || typeof value !== 'object') {
    return (
      <div className="pl-5">
        <Key name={name} />
        <Primitive value={value} />
        {comma}
      </div>
    );
  }
  const isArray = Array.isArray(value);
  const entries: [string | number, Json][] = isArray
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  const [openBrace, closeBrace] = isArray ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    return (
      <div className="pl-5">
        <Key name={name} />
        {openBrace + closeBrace}
        {comma}
      </div>
    );
  }
  const count = `${entries.length} ${isArray ? (entries.length === 1 ? 'item' : 'items') : entries.length === 1 ? 'key' : 'keys'}`;
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="group flex w-full items-start gap-1 rounded text-left hover:bg-slate-100 dark:hover:bg-slate-800/60"
      >
        <span
          aria-hidden
          className={`inline-block w-4 shrink-0 text-center text-[9px] leading-6 text-slate-400 transition-transform ${open ? 'rotate-90' : ''}`}
        >
          ▶
        </span>
        <span>
          <Key name={name} />
          {openBrace}
          {open ? null : (
            <>
              <span className="mx-1 rounded bg-slate-100 px-1 text-[11px] text-slate-600 dark:bg-slate-800 dark:text-slate-300">
                {count}
              </span>
              {closeBrace}
              {comma}
            </>
          )}
        </span>
      </button>
      {open ? (
        <>
          <div className="ml-2 border-l border-slate-200 pl-2 dark:border-slate-700/70">
            {entries.slice(0, shown).map(([key, item], index) => (
              <JsonNode
                key={key}
                name={key}
                value={item}
                depth={depth + 1}
                openDepth={openDepth}
                last={index === entries.length - 1}
              />
            ))}
            {entries.length > shown ? (
              <button
                type="button"
                onClick={() => setShown(shown + PAGE * 10)}
                className="my-1 ml-5 rounded border border-slate-300 px-2 text-[11px] text-slate-600 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800"
              >
                Show {Math.min(PAGE * 10, entries.length - shown)} more of {entries.length - shown} remaining
              </button>
            ) : null}
          </div>
          <div className="pl-5">
            {closeBrace}
            {comma}
          </div>
        </>
      ) : null}
    </div>
  );
}
