import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { uploadImport } from '../../api/eum-client.ts';
import type { EumImportSummary } from '../../api/eum-types.ts';
import { formatCount } from '../../platform/format.ts';
import { useSession } from '../../platform/session-context.tsx';

interface ImportPanelProps {
  title: string;
  path: string;
  columns: string;
  onDone: (summary: EumImportSummary) => void;
}

/** Uploads a CSV or XLSX file, shows rows processed as the server reports each batch, then the refused rows by number. */
export function ImportPanel({ title, path, columns, onDone }: ImportPanelProps) {
  const session = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [summary, setSummary] = useState<EumImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setError(null);
    setSummary(null);
    setProgress(0);
    try {
      const result = await uploadImport(path, file, session.csrfToken, (p) => setProgress(p.rows));
      setSummary(result);
      onDone(result);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
    } finally {
      setProgress(null);
    }
  }

  return (
    <form className="panel" onSubmit={submit} aria-label={title}>
      <h2>{title}</h2>
      <p className="page-sub">CSV or XLSX with a header row: {columns}. Importing the same file again changes nothing.</p>
      <div className="form-actions">
        <input
          type="file"
          accept=".csv,.xlsx,text/csv"
          aria-label="File to import"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <button type="submit" className="button button-primary" disabled={!file || progress !== null}>
          Import
        </button>
      </div>
      {progress !== null && (
        <p role="status" aria-live="polite">
          Importing… {formatCount(progress)} rows processed
        </p>
      )}
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
      {summary && (
        <div role="status" className="notice">
          <strong>
            {formatCount(summary.rows)} rows: {formatCount(summary.recorded)} recorded, {formatCount(summary.updated)} corrected,{' '}
            {formatCount(summary.unchanged)} already recorded, {formatCount(summary.errorCount)} refused
          </strong>
          {summary.errors.length > 0 && (
            <ul className="import-errors">
              {summary.errors.slice(0, 200).map((e) => (
                <li key={`${e.row}-${e.field}`}>
                  Row {e.row}, {e.field}: {e.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
