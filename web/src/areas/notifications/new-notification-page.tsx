import { Link, useNavigate } from 'react-router-dom';
import { useArea } from '../../platform/session-context.tsx';
import { NotAvailablePage } from '../../platform/status-pages.tsx';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { NotificationForm } from './notification-form.tsx';

export function NewNotificationPage() {
  usePageTitle('New notification');
  const navigate = useNavigate();
  const canWrite = useArea('notifications')?.canWrite ?? false;
  if (!canWrite) return <NotAvailablePage what="Drafting a notification" />;
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/notifications">Notifications</Link>
        <span aria-hidden="true">/</span>
        <span>New notification</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>New notification</h1>
          <p className="page-sub">
            An AECA 36(b)(1) notification for one purchaser; the transmittal number is assigned when it is drafted.
          </p>
        </div>
      </header>
      <section className="card">
        <NotificationForm
          onSaved={(saved) => navigate(`/notifications/${saved.id}`, { state: { created: true } })}
          onCancel={() => navigate('/notifications')}
        />
      </section>
    </section>
  );
}
