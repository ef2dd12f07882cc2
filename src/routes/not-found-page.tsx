import { Link } from 'react-router';

export function NotFoundPage() {
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
