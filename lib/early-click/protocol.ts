/** What lib/early-click/early-click-script.ts leaves on `window` for the page's code (claim-early-click.ts). */
export interface EarlyClicks {
  /**
   * The key's component has taken over: its clicks are React's from now on. Returns whether it was
   * clicked before (once: a second claim says no).
   */
  claim(key: string): boolean;
}

export const EARLY_CLICKS_GLOBAL = '__cxEarlyClicks';
export const EARLY_CLICK_ATTRIBUTE = 'data-early-click';
