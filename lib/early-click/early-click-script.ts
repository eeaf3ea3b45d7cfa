/**
 * A server-rendered button works before the page has hydrated. The page is painted at ≈ 0.5 s on
 * this machine's one CPU and React attaches its handlers at ≈ 1 s: a click in between found no
 * listener (before React's scripts had run) and was lost — "Invoke API" clicked at its first paint
 * opened nothing in 2 of 6 cold visits.
 *
 * This script, inline at the start of <body> with the request's CSP nonce, hears clicks on elements
 * marked `data-early-click="<key>"` in the capture phase on `window`, ahead of React, and keeps the
 * key until the element's component claims it in its first effect (`claimEarlyClick`), which then
 * does what the click would have done. A claimed key's clicks go to React from then on. A click it
 * keeps is stopped there, so React, if its listener was already attached, does not replay it too.
 */

/** What the script leaves on `window`. */
export interface EarlyClicks {
  /** Keys clicked before their component claimed them, first click first (each once). */
  clicked: string[];
  /** Keys whose component has taken over. */
  claimed: string[];
}

export const EARLY_CLICKS_GLOBAL = '__cxEarlyClicks';
export const EARLY_CLICK_ATTRIBUTE = 'data-early-click';

/** The inline script's source: a fixed string (no request data in it), so the nonce is all the CSP needs. */
export function earlyClickScript(): string {
  return `(function(){var q=window.${EARLY_CLICKS_GLOBAL}={clicked:[],claimed:[]};window.addEventListener('click',function(ev){var t=ev.target;var b=t&&t.closest?t.closest('[${EARLY_CLICK_ATTRIBUTE}]'):null;if(!b)return;var k=b.getAttribute('${EARLY_CLICK_ATTRIBUTE}');if(q.claimed.indexOf(k)>=0)return;ev.stopImmediatePropagation();ev.preventDefault();if(q.clicked.indexOf(k)<0)q.clicked.push(k);},true);})();`;
}

/**
 * For the component that renders the marked element, in its first effect: whether the element was
 * clicked before the component took over. From now on its clicks are the component's (React's).
 */
export function claimEarlyClick(key: string): boolean {
  const clicks = (globalThis as unknown as Record<string, EarlyClicks | undefined>)[EARLY_CLICKS_GLOBAL];
  if (!clicks) return false;
  if (!clicks.claimed.includes(key)) clicks.claimed.push(key);
  const at = clicks.clicked.indexOf(key);
  if (at < 0) return false;
  clicks.clicked.splice(at, 1);
  return true;
}
