import { LazyComfortControls } from '@/components/shell/browser-state-islands';

import { CommandIcon, KeyboardIcon, MonitorIcon, MoonIcon, SunIcon } from './icons';

/**
 * Theme (light / dark / system), "Keyboard shortcuts" and "Command palette": a small cluster that
 * stays in the bottom-left corner of every page. A server component: the icons are drawn here.
 */
export function HeaderTools({ className = 'fixed bottom-4 left-4 z-30' }: { className?: string }) {
  return (
    <section
      aria-label="Display and shortcuts"
      className={`flex items-center gap-1 rounded-full border border-slate-200 bg-white/95 p-1 shadow-md backdrop-blur dark:border-slate-700 dark:bg-slate-900/95 ${className}`}
    >
      <LazyComfortControls
        icons={{
          light: <SunIcon />,
          dark: <MoonIcon />,
          system: <MonitorIcon />,
          shortcuts: <KeyboardIcon />,
          palette: <CommandIcon />,
        }}
        // The controls' size (three 28 px radios in a 2 px frame, two 32 px buttons, 4 px gaps), held until they render.
        placeholder={<span aria-hidden className="block h-8 w-40" />}
      />
    </section>
  );
}
