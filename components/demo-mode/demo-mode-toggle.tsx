'use client';

import { useDemoMode } from './use-demo-mode';

/** The per-browser demo-mode switch (Settings). */
export function DemoModeToggle() {
  const [on, setOn] = useDemoMode();
  return (
    <label className="flex items-start gap-3 text-sm">
      <input
        type="checkbox"
        role="switch"
        className="mt-1"
        checked={on}
        onChange={(event) => setOn(event.target.checked)}
      />
      <span>
        <span className="font-medium">Demo mode: confirm before sending changes</span>
        <span className="block text-slate-600 dark:text-slate-400">
          POST, PUT, PATCH and DELETE calls ask for confirmation before they are sent. Kept in this browser
          only.
        </span>
      </span>
    </label>
  );
}
