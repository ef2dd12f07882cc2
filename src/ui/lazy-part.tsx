import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createFirstDrawFlag, useAfterFirstDraw, type FirstDrawFlag } from '../boot/first-draw-flag.ts';

/** A failed chunk (offline, a deploy replaced it) costs that part, not the whole screen. */
class ChunkErrorBoundary extends Component<{ children: ReactNode; what: string }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (this.state.failed) return <p className="lazy-part-status">The {this.props.what} could not be loaded. Reload the page to try again.</p>;
    return this.props.children;
  }
}

const NOT_HELD = createFirstDrawFlag();
NOT_HELD.raise();

interface HoldProps {
  /**
   * Asks for the code only once the timeline has drawn its first frame (its loading text shows
   * until then): the request and its setup stay out of the render that draws the events.
   */
  readonly holdUntil?: FirstDrawFlag;
}

/**
 * A component whose code loads on first render, so it does not weigh on the first paint of
 * the timeline (the initial-JavaScript budget). `what` names it in the loading and error text.
 */
export function lazyPart<Props extends object>(load: () => Promise<ComponentType<Props>>, what: string) {
  const Chunk = lazy(() => load().then((component) => ({ default: component })));
  return function LazyPart({ holdUntil = NOT_HELD, ...props }: Props & HoldProps) {
    const released = useAfterFirstDraw(holdUntil, true, false);
    const loading = <p className="lazy-part-status">Loading the {what}…</p>;
    return (
      <ChunkErrorBoundary what={what}>
        <Suspense fallback={loading}>{released ? <Chunk {...(props as Props)} /> : loading}</Suspense>
      </ChunkErrorBoundary>
    );
  };
}
