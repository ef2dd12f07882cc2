import { Component, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { t } from '../i18n/translate.ts';

/** The last line of defence: a page that throws shows this, never a white page. */
export function RouteError({ error }: { error: unknown }) {
  const detail = error instanceof Error ? error.message : t('page.unknownError');
  return (
    <main className="page-message" role="alert">
      <title>{t('page.error')}</title>
      <h1>{t('page.error')}</h1>
      <p>{t('page.errorDetail', { detail })}</p>
      <p>
        <Link to="/">{t('page.backToTimeline')}</Link>
      </p>
    </main>
  );
}

interface BoundaryProps {
  readonly locationKey: string;
  readonly children: ReactNode;
}

export interface BoundaryState {
  /** What was thrown, and at which address (empty until the next render stamps it). */
  readonly error?: { readonly value: unknown; readonly locationKey: string };
}

/** An error is shown at the address where it was caught; going to another one clears it. */
export function errorStateAt(locationKey: string, state: BoundaryState): BoundaryState | null {
  if (!state.error) return null;
  if (state.error.locationKey === '') return { error: { ...state.error, locationKey } };
  return state.error.locationKey === locationKey ? null : { error: undefined };
}

/** Catches what a page throws while rendering; going to another address tries again. */
class ErrorBoundaryAtLocation extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = {};

  static getDerivedStateFromError(value: unknown): Partial<BoundaryState> {
    return { error: { value, locationKey: '' } };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return errorStateAt(props.locationKey, state);
  }

  render() {
    return this.state.error ? <RouteError error={this.state.error.value} /> : this.props.children;
  }
}

export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return <ErrorBoundaryAtLocation locationKey={location.key}>{children}</ErrorBoundaryAtLocation>;
}
