import { EARLY_CLICK_ATTRIBUTE, EARLY_CLICKS_GLOBAL } from './protocol';

/**
 * A server-rendered button works before the page has hydrated. The page is painted at ≈ 0.5 s on
 * this machine's one CPU and React attaches its handlers at ≈ 1 s: a click in between found no
 * listener (before React's scripts had run) and was lost — "Invoke API" clicked at its first paint
 * opened nothing in 2 of 6 cold visits.
 *
 * This script, inline at the start of <body> with the request's CSP nonce, hears clicks on buttons
 * marked `data-early-click="<key>"` in the capture phase on `window`, ahead of React, and keeps the
 * key until the button's component claims it in its first effect (`claimEarlyClick`, which calls
 * the script's own `claim`: the bookkeeping stays in the HTML, out of the page's first-load
 * JavaScript), and then does what the click would have done. A claimed key's clicks go to React
 * from then on. A click it keeps is stopped there, so React, if its listener was already attached,
 * does not replay it too. Keyboard activation (Enter, Space on a focused button) is a click too.
 *
 * Buttons only, one per key and page, and only those whose component always claims its key: an
 * unclaimed key's clicks would be kept for good (a link or a submit button would stay inert).
 */

/** The inline script's source: a fixed string (no request data in it), so the nonce is all the CSP needs. */
export function earlyClickScript(): string {
  return `(function(){var clicked=[],claimed=[];window.${EARLY_CLICKS_GLOBAL}={claim:function(k){if(claimed.indexOf(k)<0)claimed.push(k);var i=clicked.indexOf(k);if(i<0)return false;clicked.splice(i,1);return true;}};window.addEventListener('click',function(ev){var t=ev.target;var b=t&&t.closest?t.closest('button[${EARLY_CLICK_ATTRIBUTE}]'):null;if(!b)return;var k=b.getAttribute('${EARLY_CLICK_ATTRIBUTE}');if(claimed.indexOf(k)>=0)return;ev.stopImmediatePropagation();ev.preventDefault();if(clicked.indexOf(k)<0)clicked.push(k);},true);})();`;
}
