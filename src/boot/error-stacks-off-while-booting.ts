/**
 * Imported first by the app (main.tsx) and by the dataset worker (parse-worker.ts): while their
 * modules run, new errors capture no stack.
 *
 * react-dom makes a few Error objects as it loads (markers it throws and catches internally;
 * nobody reads their stacks). With an inspector attached (the browser's developer tools, or
 * Playwright driving our tests and benchmark), V8 gives each of them a stack with line numbers,
 * and for a frame in the bundle's top-level code that means parsing the whole bundle again:
 * 40–55 ms of the main thread before the first render, measured under Playwright, against
 * 0.1 ms with no inspector. `Error.stackTraceLimit` set to a non-number turns the capture off.
 * A microtask turns it back on once the module graph has run, even if a module threw. The
 * price: an error thrown while the modules load is reported without a stack (with its message).
 */
interface StackLimitHolder {
  stackTraceLimit?: unknown;
}

/** Turns stack capture off where the engine has the setting (V8, JavaScriptCore), until the next microtask. */
export function errorStacksOffUntilMicrotask(holder: StackLimitHolder = Error as StackLimitHolder): void {
  const limit = holder.stackTraceLimit;
  if (typeof limit !== 'number') return;
  holder.stackTraceLimit = undefined;
  queueMicrotask(() => {
    holder.stackTraceLimit = limit;
  });
}

errorStacksOffUntilMicrotask();
