/**
 * Resolves when `promise` settles (either way) or after `ms`, whichever comes first. For waits
 * that are worth a little time but must never hold anything up for long.
 */
export function settledOrAfter(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    promise.then(done, done);
  });
}
