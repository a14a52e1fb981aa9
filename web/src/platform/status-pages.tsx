import { Link, useParams } from 'react-router-dom';
import { useSession } from './session-context.tsx';
import { usePageTitle } from './use-page-title.ts';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function ErrorNotice({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div className="notice notice-error" role="alert">
      {message}
      {onRetry && (
        <button type="button" className="button button-small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function NotBuiltPage({ label }: { label: string }) {
  usePageTitle(label);
  return (
    <section className="status-page">
      <h1>{label}</h1>
      <p className="status-lead">This area is not built yet.</p>
      <p>It is part of the IOPS plan and will appear here when it is ready. Nothing shown in this area is real data.</p>
      <Link to="/">Back to the start page</Link>
    </section>
  );
}

/** An area the server has built but the web UI has no screen for yet. */
export function NoScreenPage({ label }: { label: string }) {
  usePageTitle(label);
  return (
    <section className="status-page">
      <h1>{label}</h1>
      <p className="status-lead">This area has no screen in the web UI yet.</p>
      <p>
        Its API is available: see <a href="/api/docs">the API documentation</a>.
      </p>
    </section>
  );
}

export function NotAvailablePage({ what = 'This page' }: { what?: string }) {
  usePageTitle('Not available');
  return (
    <section className="status-page" data-testid="not-available">
      <h1>Not available</h1>
      <p className="status-lead">{what} is not available to you.</p>
      <p>It does not exist, or it is outside your roles or scope. If you need it, ask an administrator.</p>
      <Link to="/">Back to the start page</Link>
    </section>
  );
}

/** `/:areaId`: an area that is not built yet, one the user cannot read, or no such page. */
export function AreaFallbackPage() {
  const { areaId } = useParams();
  const area = useSession().areas.find((a) => a.id === areaId);
  if (!area) return <NotFoundPage />;
  if (!area.canRead) return <NotAvailablePage what="This area" />;
  if (area.built) return <NoScreenPage label={area.label} />;
  return <NotBuiltPage label={area.label} />;
}

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <section className="status-page">
      <h1>Page not found</h1>
      <p className="status-lead">There is no page at this address.</p>
      <Link to="/">Back to the start page</Link>
    </section>
  );
}

/** `/`: the first built area the user may read. */
