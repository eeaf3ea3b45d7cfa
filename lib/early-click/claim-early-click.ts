import { EARLY_CLICKS_GLOBAL, type EarlyClicks } from './protocol';

/**
 * For the component that renders a button marked `data-early-click={key}`, in its first effect:
 * whether the button was clicked before the component took over (lib/early-click/early-click-script.ts).
 * From now on its clicks are the component's (React's). Without the script, never.
 */
export function claimEarlyClick(key: string): boolean {
  return (
    (globalThis as unknown as Record<string, EarlyClicks | undefined>)[EARLY_CLICKS_GLOBAL]?.claim(key) ??
    false
  );
}
