'use client';

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem {
  id: string;
  label: ReactNode;
  content: ReactNode;
}

interface TabsProps {
  /** The tablist's accessible name. */
  label: string;
  tabs: readonly TabItem[];
  /** Controlled selection; leave out to let the component keep it. */
  selected?: string;
  defaultSelected?: string;
  onSelect?: (id: string) => void;
  /** Render only the selected panel's content (for heavy panels such as a large JSON tree). */
  lazy?: boolean;
  size?: 'sm' | 'md';
  className?: string;
}

/**
 * WAI-ARIA tabs: a tablist with roving tabindex, arrow keys, Home and End; selection follows
 * focus. Every panel stays in the DOM (aria-controls must resolve); inactive ones are hidden.
 */
export function Tabs({
  label,
  tabs,
  selected,
  defaultSelected,
  onSelect,
  lazy = false,
  size = 'md',
  className = '',
}: TabsProps) {
  const baseId = useId();
  const [own, setOwn] = useState(defaultSelected ?? tabs[0]?.id);
  const current = selected ?? own;
  const refs = useRef(new Map<string, HTMLButtonElement>());

  function select(id: string, focus = false) {
    setOwn(id);
    onSelect?.(id);
    if (focus) refs.current.get(id)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.id === current);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1;
    const tab = tabs[next];
    if (!tab) return;
    event.preventDefault();
    select(tab.id, true);
  }

  const text = size === 'sm' ? 'px-3 py-1.5 text-xs' : 'px-4 py-2.5 text-sm';
  return (
    <div className={className}>
      <div
        role="tablist"
        aria-label={label}
        onKeyDown={onKeyDown}
        className="flex gap-1 overflow-x-auto border-b border-slate-200 dark:border-slate-800"
      >
        {tabs.map((tab) => {
          const active = tab.id === current;
          return (
            <button
              key={tab.id}
              ref={(node) => {
                if (node) refs.current.set(tab.id, node);
                else refs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab.id}`}
              aria-selected={active}
              aria-controls={`${baseId}-panel-${tab.id}`}
              tabIndex={active ? 0 : -1}
              onClick={() => select(tab.id)}
              className={`-mb-px whitespace-nowrap border-b-2 font-medium transition-colors ${text} ${
                active
                  ? 'border-brand-600 text-brand-700 dark:border-brand-100 dark:text-white'
                  : 'border-transparent text-slate-500 hover:border-slate-300 hover:text-slate-800 dark:text-slate-400 dark:hover:text-slate-200'
              }`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => {
        const active = tab.id === current;
        return (
          <div
            key={tab.id}
            role="tabpanel"
            id={`${baseId}-panel-${tab.id}`}
            aria-labelledby={`${baseId}-tab-${tab.id}`}
            hidden={!active}
            tabIndex={0}
            className="pt-4 focus-visible:outline-offset-4"
          >
            {active || !lazy ? tab.content : null}
          </div>
        );
      })}
    </div>
  );
}
