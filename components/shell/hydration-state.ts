/**
 * When is the page fully interactive? After the root has hydrated AND every lazy island (see
 * lazy-island.tsx) has loaded its code and rendered too. Then <html data-hydrated> is set: the
 * end-to-end tests wait for it before their first click, so a busy machine cannot click a control
 * whose handlers are not attached yet.
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

export function markIslandWaiting(): void {
  islandsWaiting += 1;
  settle();
}

export function markIslandRendered(): void {
  islandsWaiting -= 1;
  settle();
}
