import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { CalendarFeed, CreatedCalendarFeed } from '../../api/types.ts';
import { type Column, DataTable } from '../data-table.tsx';
import { Field } from '../field.tsx';
import { formatDateTime } from '../format.ts';
import { ErrorNotice } from '../status-pages.tsx';
import { useApi } from '../use-api.ts';

const asApiError = (caught: unknown) => (caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));

/** Subscribe from Outlook, Google or Apple Calendar: a secret address per device, revocable. */
export function FeedsSection() {
  const feeds = useApi(['deadlines', 'feeds-section:api.listCalendarFeeds'], (signal) => api.listCalendarFeeds(signal), []);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<CreatedCalendarFeed | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      setCreated(await api.createCalendarFeed(name.trim()));
      setName('');
      feeds.reload();
    } catch (caught) {
      setError(asApiError(caught));
    }
  }

  async function revoke(feed: CalendarFeed) {
    if (!window.confirm(`Revoke the calendar address “${feed.name}”? Calendars subscribed to it stop updating.`)) return;
    try {
      await api.revokeCalendarFeed(feed.id);
      feeds.reload();
    } catch (caught) {
      setError(asApiError(caught));
    }
  }

  const columns: Column<CalendarFeed>[] = [
    { id: 'name', header: 'Name', render: (f) => <span className="strong">{f.name}</span> },
    { id: 'created', header: 'Created', render: (f) => formatDateTime(f.createdAt) },
    { id: 'used', header: 'Last fetched', render: (f) => formatDateTime(f.lastUsedAt) },
    {
      id: 'status',
      header: 'Status',
      render: (f) => <span className={`badge ${f.revokedAt ? 'badge-muted' : 'badge-ok'}`}>{f.revokedAt ? 'revoked' : 'active'}</span>,
    },
    {
      id: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      className: 'col-actions',
      render: (f) =>
        f.revokedAt ? null : (
          <button type="button" className="button button-small button-danger" onClick={() => void revoke(f)}>
            Revoke
          </button>
        ),
    },
  ];

  return (
    <section className="card" aria-labelledby="feeds-title">
      <h2 id="feeds-title">See these deadlines in your own calendar</h2>
      <p className="small muted">
        An iCalendar address your calendar program subscribes to: your overdue clocks and the next year's, within your current scope. Anyone
        with the address sees them, so keep it to yourself and revoke it when a device is lost.
      </p>
      {created && (
        <div className="notice notice-success" role="status">
          <strong>Subscribe to this address now — it is shown only once:</strong>
          <input className="mono" readOnly value={created.url} aria-label="Calendar address" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="button button-small" onClick={() => setCreated(null)}>
            Done
          </button>
        </div>
      )}
      {feeds.error && <ErrorNotice message={feeds.error.message} onRetry={feeds.reload} />}
      <DataTable
        caption="My calendar addresses"
        columns={columns}
        rows={feeds.data ?? []}
        rowKey={(f) => f.id}
        empty={feeds.loading ? 'Loading…' : 'No calendar address yet.'}
      />
      <form className="form subform" onSubmit={create} noValidate>
        {error && !error.fieldMessage('name') && (
          <p className="notice notice-error" role="alert">
            {error.message}
          </p>
        )}
        <div className="form-row">
          <Field label="Address name" error={error?.fieldMessage('name')} hint="Where you use it, e.g. “work laptop Outlook”">
            {(c) => <input {...c} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <button type="submit" className="button button-primary" disabled={!name.trim()}>
            Create calendar address
          </button>
        </div>
      </form>
    </section>
  );
}
