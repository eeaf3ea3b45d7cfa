/** Whether `promise` has settled, read after the test has let timers and microtasks run. */
export function watchSettled(promise: Promise<unknown>): () => boolean {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  return () => settled;
}
