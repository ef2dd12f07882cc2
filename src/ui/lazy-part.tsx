import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';

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

/**
 * A component whose code loads on first render, so it does not weigh on the first paint of
 * the timeline (the initial-JavaScript budget). `what` names it in the loading and error text.
 */
export function lazyPart<Props extends object>(load: () => Promise<ComponentType<Props>>, what: string) {
  const Chunk = lazy(() => load().then((component) => ({ default: component })));
  return function LazyPart(props: Props) {
    return (
      <ChunkErrorBoundary what={what}>
        <Suspense fallback={<p className="lazy-part-status">Loading the {what}…</p>}>
          <Chunk {...props} />
        </Suspense>
      </ChunkErrorBoundary>
    );
  };
}
