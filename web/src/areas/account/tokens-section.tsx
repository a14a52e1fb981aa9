import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { ApiToken, NewApiToken } from '../../api/types.ts';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { Field } from '../../platform/field.tsx';
import { formatDateTime } from '../../platform/format.ts';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { NewTokenNotice } from './new-token-notice.tsx';

function status(token: ApiToken): string {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt) < new Date()) return 'expired';
  return 'active';
}

export function TokensSection() {
  const tokens = useApi(['account', 'tokens-section:api.listTokens'], (signal) => api.listTokens(signal), []);
  const [name, setName] = useState('');
  const [expires, setExpires] = useState('');
  const [created, setCreated] = useState<NewApiToken | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setCreated(await api.createToken(name.trim(), expires ? new Date(`${expires}T23:59:59`).toISOString() : null));
      setName('');
      setExpires('');
      tokens.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  async function revoke(token: ApiToken) {
    if (!window.confirm(`Revoke the token “${token.name}”? Scripts using it will stop working.`)) return;
    try {
      await api.revokeToken(token.id);
      tokens.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    }
  }

  const columns: Column<ApiToken>[] = [
    { id: 'name', header: 'Name', render: (t) => <span className="strong">{t.name}</span> },
    { id: 'prefix', header: 'Starts with', render: (t) => <span className="mono">iops_{t.prefix}_…</span> },
    { id: 'created', header: 'Created', render: (t) => formatDateTime(t.createdAt) },
    { id: 'used', header: 'Last used', render: (t) => formatDateTime(t.lastUsedAt) },
    { id: 'expires', header: 'Expires', render: (t) => (t.expiresAt ? formatDateTime(t.expiresAt) : 'never') },
    {
      id: 'status',
      header: 'Status',
      render: (t) => <span className={`badge ${status(t) === 'active' ? 'badge-ok' : 'badge-muted'}`}>{status(t)}</span>,
    },
    {
      id: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      className: 'col-actions',
      render: (t) =>
        status(t) === 'active' ? (
          <button type="button" className="button button-small button-danger" onClick={() => void revoke(t)}>
            Revoke
          </button>
        ) : null,
    },
  ];

  return (
    <section className="card" aria-labelledby="tokens-title">
      <h2 id="tokens-title">My API tokens</h2>
      <p className="small muted">For scripts and tools: a token acts as you, with your roles and scope.</p>
      {created && <NewTokenNotice token={created} onDismiss={() => setCreated(null)} />}
      {tokens.error && <ErrorNotice message={tokens.error.message} onRetry={tokens.reload} />}
      <DataTable
        caption="My API tokens"
        columns={columns}
        rows={tokens.data ?? []}
        rowKey={(t) => t.id}
        empty={tokens.loading ? 'Loading…' : 'You have no API tokens.'}
      />
      <form className="form subform" onSubmit={create} noValidate aria-labelledby="new-token-title">
        <h3 id="new-token-title">Create a token</h3>
        {error && !error.fieldMessage('name') && (
          <p className="notice notice-error" role="alert">
            {error.message}
          </p>
        )}
        <div className="form-row">
          <Field label="Token name" error={error?.fieldMessage('name')} hint="What uses it, e.g. “nightly export”">
            {(c) => <input {...c} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Field label="Expires (optional)" error={error?.fieldMessage('expiresAt')}>
            {(c) => <input {...c} type="date" value={expires} onChange={(e) => setExpires(e.target.value)} />}
          </Field>
          <button type="submit" className="button button-primary" disabled={busy || !name.trim()}>
            Create token
          </button>
        </div>
      </form>
    </section>
  );
}
