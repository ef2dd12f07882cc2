import { Link, isRouteErrorResponse, useRouteError } from 'react-router';

/** The last line of defence: a route that throws shows this, never a white page. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <main className="page-message" role="alert">
      <h1>Something went wrong</h1>
      <p>The timeline could not be shown. The problem was: {detail}</p>
      <p>
        <Link to="/">Back to the timeline</Link>
      </p>
    </main>
  );
}
