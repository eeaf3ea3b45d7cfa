/** Other components (and other tabs) reload their lists when this fires. */
export const IMPORTS_CHANGED = 'citrix-explorer:imports-changed';

export function notifyImportsChanged(): void {
  window.dispatchEvent(new Event(IMPORTS_CHANGED));
  try {
    const channel = new BroadcastChannel(IMPORTS_CHANGED);
    channel.postMessage('changed');
    channel.close();
  } catch {
    // BroadcastChannel is missing in very old browsers: other tabs refresh on their next load.
  }
}

/** Calls `listener` whenever the imported documents change, in this tab or another. */
export function onImportsChanged(listener: () => void): () => void {
  window.addEventListener(IMPORTS_CHANGED, listener);
  let channel: BroadcastChannel | undefined;
  try {
    channel = new BroadcastChannel(IMPORTS_CHANGED);
    channel.onmessage = listener;
  } catch {
    channel = undefined;
  }
  return () => {
    window.removeEventListener(IMPORTS_CHANGED, listener);
    channel?.close();
  };
}
