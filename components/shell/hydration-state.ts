/**
 * When is the page fully interactive? After the root has hydrated AND every lazy island (see
 * lazy-island.tsx) has loaded its code and rendered too. Then <html data-hydrated> is set: the
 * end-to-end tests wait for it before their first click, so a busy machine cannot click a control
 * whose handlers are not attached yet.
 *
 * The islands live in the root layout, so they register in the root's commit. An island inside
 * a Suspense boundary that hydrates later would register too late to hold the flag back.
 */
let rootHydrated = false;
let islandsWaiting = 0;
let settling = false;

function settle() {
  if (settling) return;
  settling = true;
  // Effects of one commit arrive in tree order; decide once they all have.
  queueMicrotask(() => {
    settling = false;
    if (rootHydrated && islandsWaiting === 0) document.documentElement.dataset.hydrated = 'true';
  });
}

export function markRootHydrated(): void {
  rootHydrated = true;
  settle();
}

/**
 * An island is waiting for its code. Returns what to call once it has rendered, or unmounted:
 * calling it more than once counts once, so a React StrictMode re-run cannot unbalance the count.
 */
export function islandWaiting(): () => void {
  islandsWaiting += 1;
  settle();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    islandsWaiting -= 1;
    settle();
  };
}
