import { useEffect } from 'react';
import { Link } from 'react-router';
import { discardEarlyLoad } from '../boot/early-load.ts';

export function NotFoundPage() {
  // The page's head started loading a dataset before the app knew there is no timeline here.
  useEffect(discardEarlyLoad, []);
  return (
    <main className="page-message">
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/">Go to the timeline</Link>
      </p>
    </main>
  );
}
