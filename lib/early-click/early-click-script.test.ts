import { afterEach, describe, expect, it } from 'vitest';

import { claimEarlyClick } from './claim-early-click';
import { earlyClickScript } from './early-click-script';
import { EARLY_CLICKS_GLOBAL } from './protocol';

/** A marked button: `closest` finds it from itself or a child. */
function element(key: string | undefined) {
  const self = {
    closest: (selector: string) =>
      key !== undefined && selector === 'button[data-early-click]' ? self : null,
    getAttribute: (name: string) => (name === 'data-early-click' ? key : null),
  };
  return self;
}

/** Runs the script against a window that records capture listeners, as globalThis does in the page. */
function page() {
  type Listener = (event: unknown) => void;
  const capture: Listener[] = [];
  const window = globalThis as unknown as Record<string, unknown>;
  const original = window.addEventListener;
  window.addEventListener = (type: string, listener: Listener, useCapture?: boolean) => {
    // Only a capture listener on window hears a click before React's root listener.
    if (type === 'click' && useCapture === true) capture.push(listener);
  };
  try {
    new Function('window', earlyClickScript())(window);
  } finally {
    if (original === undefined) delete window.addEventListener;
    else window.addEventListener = original;
  }
  /** Clicks `target`; says whether the script stopped the event (React would not see it). */
  const click = (target: unknown) => {
    let stopped = false;
    let prevented = false;
    for (const listener of capture)
      listener({
        target,
        stopImmediatePropagation: () => (stopped = true),
        preventDefault: () => (prevented = true),
      });
    return { stopped, prevented };
  };
  return { click, listeners: capture.length };
}

describe('the early click script', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[EARLY_CLICKS_GLOBAL];
  });

  it('keeps a click on a marked element, stopped before React, until its component claims it', () => {
    const { click, listeners } = page();
    expect(listeners).toBe(1);
    expect(click(element('invoke-api'))).toEqual({ stopped: true, prevented: true });
    expect(claimEarlyClick('invoke-api')).toBe(true);
    // Claimed once: the click is not done twice.
    expect(claimEarlyClick('invoke-api')).toBe(false);
  });

  it('lets clicks through once the component has claimed its key', () => {
    const { click } = page();
    expect(claimEarlyClick('invoke-api')).toBe(false);
    expect(click(element('invoke-api'))).toEqual({ stopped: false, prevented: false });
    expect(claimEarlyClick('invoke-api')).toBe(false);
  });

  it('leaves unmarked elements alone, and keys apart', () => {
    const { click } = page();
    expect(click(element(undefined))).toEqual({ stopped: false, prevented: false });
    expect(click({})).toEqual({ stopped: false, prevented: false });
    click(element('share'));
    expect(claimEarlyClick('invoke-api')).toBe(false);
    expect(claimEarlyClick('share')).toBe(true);
  });

  it('counts impatient repeated clicks once (a toggle opens, it does not open and close)', () => {
    const { click } = page();
    click(element('invoke-api'));
    click(element('invoke-api'));
    expect(claimEarlyClick('invoke-api')).toBe(true);
    expect(claimEarlyClick('invoke-api')).toBe(false);
  });

  it('without the script (a client-side navigation, a test), nothing was clicked early', () => {
    expect(claimEarlyClick('invoke-api')).toBe(false);
  });
});
