'use client';

import { usePathname } from 'next/navigation';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface HeaderMenuProps {
  /** The main links as the folded menu lists them (below `md` the header has no room for them). */
  links: ReactNode;
  /** Region, profile and session: inline from `lg`, inside the menu below. */
  children: ReactNode;
}

/**
 * Below `lg` the header is one short row (logo, search, "Menu"); the menu is a disclosure whose
 * panel takes its own row under it, in the flow, so it covers nothing. From `lg` the panel is
 * simply part of the row and the button is gone. Escape closes it and gives focus back to the
 * button; following a link closes it (it stays open only for the page it was opened on).
 */
export function HeaderMenu({ links, children }: HeaderMenuProps) {
  const pathname = usePathname();
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    // A native select handles its own Escape while its list is showing.
    if (event.defaultPrevented) return;
    setOpenOn(null);
    button.current?.focus();
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenOn(open ? null : pathname)}
        onKeyDown={onKeyDown}
        className="grid h-9 w-9 shrink-0 place-items-center rounded-md border border-slate-300 text-slate-700 hover:bg-slate-100 lg:hidden dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <svg
          aria-hidden
          width="18"
          height="18"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
        <span className="sr-only">Menu</span>
      </button>
      <div
        id={panelId}
        onKeyDown={onKeyDown}
        className={`${open ? 'flex' : 'hidden'} w-full flex-col gap-3 border-t border-slate-200 pt-3 pb-1 lg:ml-auto lg:flex lg:w-auto lg:flex-row lg:items-center lg:border-0 lg:p-0 dark:border-slate-800`}
      >
        {links}
        <div className="flex flex-wrap items-center gap-3 lg:flex-nowrap lg:whitespace-nowrap">
          {children}
        </div>
      </div>
    </>
  );
}
