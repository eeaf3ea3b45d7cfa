'use client';

import { usePathname } from 'next/navigation';
import { useState, type ComponentProps, type ReactNode } from 'react';

import { Link } from '@/components/ui/link';

import { isCurrentPath, isWithinPath } from './current-path';

/** A link marked `aria-current="page"` while the URL is its own (the sidebar is drawn once, by the layout). */
export function NavLink({ href, ...props }: ComponentProps<typeof Link> & { href: string }) {
  const pathname = usePathname();
  return <Link href={href} aria-current={isCurrentPath(pathname, href) ? 'page' : undefined} {...props} />;
}

interface NavServiceGroupProps {
  /** The service's page; the group is open while the URL is this page or one of its operations. */
  href: string;
  title: string;
  listId: string;
  /** The service's own link (it styles itself from the group's `data-active`). */
  link: ReactNode;
  /**
   * The service's operations, drawn by the server: put in the page only while the group is open, so
   * the HTML carries the links of the service shown, not every service's hidden list.
   */
  children: ReactNode;
}

/** One service of the sidebar: a show/hide toggle, the service's link, and its operations. */
export function NavServiceGroup({ href, title, listId, link, children }: NavServiceGroupProps) {
  const pathname = usePathname();
  const isActive = isWithinPath(pathname, href);
  // Until the toggle is used, the group follows the URL.
  const [toggled, setToggled] = useState<boolean | undefined>(undefined);
  const open = toggled ?? isActive;
  return (
    <>
      <div className="group flex items-center" data-active={isActive || undefined}>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={listId}
          aria-label={`${open ? 'Hide' : 'Show'} ${title} operations`}
          onClick={() => setToggled(!open)}
          className="grid h-7 w-6 place-items-center rounded text-slate-400 hover:bg-slate-200/60 hover:text-slate-700 dark:hover:bg-slate-800 dark:hover:text-slate-200"
        >
          <span aria-hidden className={`text-[10px] transition-transform ${open ? 'rotate-90' : ''}`}>
            ▶
          </span>
        </button>
        {link}
      </div>
      <div
        id={listId}
        hidden={!open}
        className="mb-2 ml-3 border-l border-slate-200 pl-2 dark:border-slate-800"
      >
        {open ? children : null}
      </div>
    </>
  );
}
