import { LazyComfortControls } from '@/components/shell/browser-state-islands';

import { CommandIcon, KeyboardIcon, MonitorIcon, MoonIcon, SunIcon } from './icons';

/**
 * Theme (light / dark / system), "Keyboard shortcuts" and "Command palette": a small cluster in the
 * page's footer (in the flow: a floating one covered content and drew over dialogs' overlays).
 * A server component: the icons are drawn here.
 */
export function HeaderTools({ className = '' }: { className?: string }) {
  return (
    <section
      aria-label="Display and shortcuts"
      className={`flex items-center gap-1 rounded-full border border-slate-200 bg-white p-1 dark:border-slate-700 dark:bg-slate-900 ${className}`}
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
