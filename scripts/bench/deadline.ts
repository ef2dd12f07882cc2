/** Rejects at `deadline` (ms since the epoch), naming `what`: a peer stuck in a long task must not stall the whole benchmark. */
export function within<T>(promise: Promise<T>, deadline: number, what: string): Promise<T> {
  const left = deadline - Date.now();
  if (left <= 0) return Promise.reject(new Error(`${what}: over the time limit`));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: over the time limit`)), left)));
  // The losing promise rejects later, when the context closes: that is expected, not a crash.
  promise.catch(() => undefined);
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

