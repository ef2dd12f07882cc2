import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useAfterFirstDraw } from './first-draw.tsx';
import { loadLaterMessages } from '../i18n/load-language.ts';
import { t } from '../i18n/translate.ts';
import type { TextKey } from '../i18n/messages-en.ts';

/** A failed chunk (offline, a deploy replaced it) costs that part, not the whole screen. */
class ChunkErrorBoundary extends Component<{ children: ReactNode; what: TextKey }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (this.state.failed) return <p className="lazy-part-status">{t('part.failed', { what: t(this.props.what) })}</p>;
    return this.props.children;
  }
}

/**
 * A component whose code is asked for only once the timeline has drawn its first frame (its
 * loading text shows until then; outside a FirstDrawScope, at once): it stays out of the initial
 * JavaScript (the 150 kB budget), and its request and setup stay out of the render that draws
 * the events. `what` names it in the loading and error text.
 */
export function lazyPart<Props extends object>(load: () => Promise<ComponentType<Props>>, what: TextKey) {
  // With the English words of the later parts (i18n/messages-en-later.ts), in parallel.
  const Chunk = lazy(() => Promise.all([load(), loadLaterMessages()]).then(([component]) => ({ default: component })));
  return function LazyPart(props: Props) {
    const released = useAfterFirstDraw(true, false);
    const loading = <p className="lazy-part-status">{t('part.loading', { what: t(what) })}</p>;
    return (
      <ChunkErrorBoundary what={what}>
        <Suspense fallback={loading}>{released ? <Chunk {...props} /> : loading}</Suspense>
      </ChunkErrorBoundary>
    );
  };
}
