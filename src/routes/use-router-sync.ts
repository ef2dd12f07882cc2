import { useLayoutEffect } from 'react';
import { NavigationType, useLocation, useNavigate, useNavigationType } from 'react-router';
import { viewStore } from '../view-store/app-view-store.ts';

/** Marks the history entries the view store wrote, so their arrival is not taken as a new link. */
const STORE_WRITE = { viewStore: true } as const;

function isStoreWrite(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { viewStore?: unknown }).viewStore === true;
}

/**
 * Ties the view store to the router, both ways. The store writes the address through the
 * router's navigate. An address the store did not write (Back, Forward, an in-app link)
 * goes into the store; one it did write is already there (the router renders it later, in a
 * transition, so it may arrive behind newer changes, which it must not undo).
 */
export function useRouterSync(): void {
  const navigate = useNavigate();
  const location = useLocation();
  const navigationType = useNavigationType();

  // A layout effect, so a new address and the view it names reach the screen in the same frame.
  useLayoutEffect(() => viewStore.connect((path, replace) => void navigate(path, { replace, state: STORE_WRITE })), [navigate]);
  const ours = navigationType !== NavigationType.Pop && isStoreWrite(location.state);
  useLayoutEffect(() => {
    if (!ours) viewStore.applyLocation(location.pathname, location.search);
  }, [location, ours]);
}
