/**
 * The flags every headless Chromium of this project starts with: the end-to-end tests, the bench
 * and the screenshot scripts.
 *
 * Chromium 156 draws the address bar's popup with a WebUI page and, in each new window, loads it in a
 * renderer of its own; headless, every browser context is a new window. On the one CPU the tests and
 * the bench give the browser, that renderer loaded some forty chrome:// modules beside every cold
 * page load and took a share of the core the page was booting on (an /import cold visit: list shown
 * 2.49 → 2.17 s without it, median of 9, two browsers side by side). A person's browser loads it once,
 * not per page, so the measures are also truer without it. Unknown feature names are ignored, so
 * the flags are harmless on a Chromium that has no such popup.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI',
];
