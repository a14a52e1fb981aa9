import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { ApiError, api } from '../api/client.ts';
import type { SavedViewArea } from '../api/types.ts';
import { useApi } from './use-api.ts';

/** The list's query string worth saving: everything but the page offset. */
function savableQuery(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('offset');
  return params.toString();
}

/**
 * A user's named views of a list (its query string), as quick links; save the current one under a name, delete one.
 * Saving an existing name replaces it.
 */
export function SavedViews({ area, path }: { area: SavedViewArea; path: string }) {
  const location = useLocation();
  const views = useApi(['platform', 'saved-views:api.listSavedViews'], (signal) => api.listSavedViews(area, signal), [area]);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const current = savableQuery(location.search);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.saveView(area, name, current);
      setNaming(false);
      setName('');
      views.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? (caught.fieldMessage('name') ?? caught.message) : String(caught));
    } finally {
      setBusy(false);
    }
  }

  async function remove(id: string) {
    setError(null);
    try {
      await api.deleteSavedView(id);
      views.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
    }
  }

  const items = views.data ?? [];
  return (
    <section className="saved-views" aria-label="Saved views">
      <span className="saved-views-title">Saved views</span>
      {items.length === 0 && !views.loading && <span className="muted small">none yet</span>}
      <ul className="saved-views-list">
        {items.map((view) => (
          <li key={view.id} className={`saved-view${view.query === current ? ' is-current' : ''}`}>
            <Link to={`${path}${view.query ? `?${view.query}` : ''}`} aria-current={view.query === current ? 'page' : undefined}>
              {view.name}
            </Link>
            <button
              type="button"
              className="saved-view-delete"
              aria-label={`Delete saved view ${view.name}`}
              title="Delete this saved view"
              onClick={() => remove(view.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {naming ? (
        <form className="inline-form" onSubmit={save} aria-label="Save this view">
          <label className="visually-hidden" htmlFor="saved-view-name">
            View name
          </label>
          <input
            id="saved-view-name"
            placeholder="Name this view"
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setNaming(false);
            }}
          />
          <button type="submit" className="button button-small button-primary" disabled={busy || !name.trim()}>
            Save view
          </button>
          <button type="button" className="button button-small" onClick={() => setNaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <button type="button" className="button button-small" onClick={() => setNaming(true)}>
          Save this view…
        </button>
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </section>
  );
}
