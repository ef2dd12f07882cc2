/**
 * "The timeline has drawn its first frame with data", for the few parts that change when it
 * has: the busy state of its region and the overview's counts. A store rather than state of the
 * screen, so that the flip re-renders those parts alone, in the frame that shows the data.
 */
export interface FirstDrawFlag {
  readonly raise: () => void;
  readonly isRaised: () => boolean;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createFirstDrawFlag(): FirstDrawFlag {
  let raised = false;
  const listeners = new Set<() => void>();
  return {
    raise: () => {
      if (raised) return;
      raised = true;
      for (const listener of listeners) listener();
    },
    isRaised: () => raised,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
