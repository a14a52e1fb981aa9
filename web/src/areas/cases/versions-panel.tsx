import { type FormEvent, useState } from 'react';
import { ApiError, api, fileUrls } from '../../api/client.ts';
import type { CasePage, LoaVersion, LoaVersionDiff } from '../../api/types.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { formatCents, formatDateTime, todayIso } from '../../platform/format.ts';
import { VERSION_KIND_LABELS } from './case-labels.tsx';

const REVISABLE = ['accepted', 'implemented', 'supply_complete'];

interface VersionsPanelProps {
  page: CasePage;
  canWrite: boolean;
  onChanged: (message: string) => void;
}

export function VersionsPanel({ page, canWrite, onChanged }: VersionsPanelProps) {
  const versions = page.versions;
  const latest = versions[versions.length - 1];
  const canRevise = canWrite && REVISABLE.includes(page.case.status) && latest?.state === 'issued';
  const canIssue = canWrite && latest && latest.kind !== 'basic' && latest.state === 'draft';
  return (
    <div className="stack">
      <section className="card" aria-labelledby="versions-title">
        <h2 id="versions-title">LOA versions</h2>
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">No.</th>
                <th scope="col">Kind</th>
                <th scope="col">State</th>
                <th scope="col">Reason</th>
                <th scope="col" className="col-money">
                  Total
                </th>
                <th scope="col">Offered</th>
                <th scope="col">Offer expires</th>
                <th scope="col">Accepted / effective</th>
                <th scope="col">Created</th>
                <th scope="col" className="col-actions">
                  Document
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id} aria-label={`Version ${v.number} ${v.kind} ${v.state}`}>
                  <td className="mono strong">{v.number}</td>
                  <td>{VERSION_KIND_LABELS[v.kind]}</td>
                  <td>
                    <span className={`badge ${v.state === 'issued' ? 'badge-ok' : 'badge-muted'}`}>{v.state}</span>
                  </td>
                  <td>{v.reason || <span className="muted">—</span>}</td>
                  <td className="col-money">{formatCents(v.totalCents)}</td>
                  <td>{v.offerDate ?? '—'}</td>
                  <td>{v.offerExpirationDate ?? '—'}</td>
                  <td>{v.acceptedOn ?? '—'}</td>
                  <td className="col-time">{formatDateTime(v.createdAt)}</td>
                  <td className="col-actions">
                    <a
                      href={fileUrls.loaPdf(page.case.identifier, v.number)}
                      target="_blank"
                      rel="noopener"
                      aria-label={`Version ${v.number} PDF`}
                    >
                      PDF
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {canIssue && latest && <IssueForm caseRef={page.case.identifier} version={latest} onDone={onChanged} />}
      {canRevise && <RevisionForm page={page} onDone={onChanged} />}
      {versions.length > 1 && <DiffSection caseRef={page.case.identifier} versions={versions} />}
    </div>
  );
}

function RevisionForm({ page, onDone }: { page: CasePage; onDone: (message: string) => void }) {
  const [kind, setKind] = useState<'amendment' | 'modification'>('amendment');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await api.createRevision(page.case.identifier, { kind, version: page.case.version, reason });
      onDone(`Started ${kind} ${created.version.number} from the latest issued version. Edit it under LOA, then issue it here.`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="revision-title" noValidate>
      <h2 id="revision-title">Start an amendment or modification</h2>
      <p className="muted small">An amendment changes scope and needs the purchaser's acceptance; a modification does not change scope.</p>
      <FormError message={error && !error.fieldMessage('reason') ? error.message : null} />
      <div className="form-row">
        <Field label="Kind">
          {(control) => (
            <select {...control} value={kind} onChange={(e) => setKind(e.target.value as 'amendment' | 'modification')}>
              <option value="amendment">Amendment</option>
              <option value="modification">Modification</option>
            </select>
          )}
        </Field>
        <Field label="What changes and why" className="field-grow" error={error?.fieldMessage('reason')}>
          {(control) => <input {...control} value={reason} maxLength={4000} onChange={(e) => setReason(e.target.value)} required />}
        </Field>
        <button type="submit" className="button button-primary" disabled={busy}>
          {kind === 'amendment' ? 'Start amendment' : 'Start modification'}
        </button>
      </div>
    </form>
  );
}

function IssueForm({ caseRef, version, onDone }: { caseRef: string; version: LoaVersion; onDone: (message: string) => void }) {
  const [effectiveOn, setEffectiveOn] = useState(todayIso());
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const label = version.kind === 'amendment' ? 'Purchaser acceptance date' : 'Implementation date';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const issued = await api.issueRevision(caseRef, version.number, version.revision, effectiveOn);
      onDone(`Issued ${version.kind} ${version.number}: the case value is now ${formatCents(issued.version.totalCents)}.`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="issue-title" noValidate>
      <h2 id="issue-title">
        Issue {version.kind} {version.number}
      </h2>
      <FormError
        message={error?.message}
        extra={
          error?.isVersionConflict
            ? []
            : (error?.fields ?? []).filter((f) => f.path !== 'effectiveOn').map((f) => `${f.path}: ${f.message}`)
        }
      />
      <div className="form-row">
        <Field label={label} error={error?.fieldMessage('effectiveOn')}>
          {(control) => <input {...control} type="date" value={effectiveOn} onChange={(e) => setEffectiveOn(e.target.value)} required />}
        </Field>
        <button type="submit" className="button button-primary" disabled={busy}>
          Issue {version.kind}
        </button>
      </div>
    </form>
  );
}

function DiffSection({ caseRef, versions }: { caseRef: string; versions: readonly LoaVersion[] }) {
  const last = versions[versions.length - 1]!.number;
  const [from, setFrom] = useState(versions[versions.length - 2]!.number);
  const [to, setTo] = useState(last);
  const [diff, setDiff] = useState<LoaVersionDiff | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function compare(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      setDiff(await api.diffVersions(caseRef, from, to));
    } catch (caught) {
      setDiff(null);
      setError(caught instanceof ApiError ? caught.message : String(caught));
    }
  }

  const pick = (value: number, set: (n: number) => void, label: string) => (
    <Field label={label}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => set(Number(e.target.value))}>
          {versions.map((v) => (
            <option key={v.number} value={v.number}>
              {v.number} · {VERSION_KIND_LABELS[v.kind]} ({v.state})
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <section className="card" aria-labelledby="diff-title">
      <h2 id="diff-title">Compare versions</h2>
      <form className="form-row" onSubmit={compare}>
        {pick(from, setFrom, 'From version')}
        {pick(to, setTo, 'To version')}
        <button type="submit" className="button">
          Compare
        </button>
        <a className="button" href={fileUrls.diffPdf(caseRef, from, to)} target="_blank" rel="noopener">
          Changes (PDF)
        </a>
      </form>
      {error && <FormError message={error} />}
      {diff && <DiffView diff={diff} />}
    </section>
  );
}

function show(value: unknown, field: string): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number' && field.endsWith('Cents')) return formatCents(value);
  if (value === '' || value === null || value === undefined) return '—';
  return String(value);
}

function DiffView({ diff }: { diff: LoaVersionDiff }) {
  const nothing =
    diff.linesAdded.length +
      diff.linesRemoved.length +
      diff.linesChanged.length +
      diff.notesAdded.length +
      diff.notesRemoved.length +
      diff.notesChanged.length ===
      0 && !diff.accessorialCents;
  return (
    <div className="diff" aria-label={`Changes from version ${diff.from} to ${diff.to}`} role="region">
      <p className="strong">
        Version {diff.from} → {diff.to}: total {formatCents(diff.totalCents.from)} → {formatCents(diff.totalCents.to)} (
        <span className={diff.totalCents.delta >= 0 ? 'diff-up' : 'diff-down'}>
          {diff.totalCents.delta >= 0 ? '+' : '−'}
          {formatCents(Math.abs(diff.totalCents.delta))}
        </span>
        )
      </p>
      {nothing && <p className="muted">No change to lines, notes or charges.</p>}
      {diff.linesAdded.length + diff.linesRemoved.length + diff.linesChanged.length > 0 && (
        <table className="data-table diff-table">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Change</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {diff.linesAdded.map((l) => (
              <tr key={`a${l.lineNumber}`} className="diff-added">
                <td className="mono">{l.lineNumber}</td>
                <td>added</td>
                <td>
                  {l.description} · {l.quantity} {l.unitOfIssue} × {formatCents(l.unitCostCents)}
                </td>
              </tr>
            ))}
            {diff.linesRemoved.map((l) => (
              <tr key={`r${l.lineNumber}`} className="diff-removed">
                <td className="mono">{l.lineNumber}</td>
                <td>removed</td>
                <td>{l.description}</td>
              </tr>
            ))}
            {diff.linesChanged.map((l) => (
              <tr key={`c${l.lineNumber}`} className="diff-changed">
                <td className="mono">{l.lineNumber}</td>
                <td>changed</td>
                <td>
                  {l.changes.map((c) => (
                    <div key={c.field}>
                      <span className="mono">{c.field}</span>: {show(c.from, c.field)} → <strong>{show(c.to, c.field)}</strong>
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(diff.notesAdded.length > 0 || diff.notesRemoved.length > 0 || diff.notesChanged.length > 0) && (
        <p>
          Notes: {diff.notesAdded.length > 0 && <>added {diff.notesAdded.join(', ')}. </>}
          {diff.notesRemoved.length > 0 && <>removed {diff.notesRemoved.join(', ')}. </>}
          {diff.notesChanged.length > 0 && <>changed {diff.notesChanged.join(', ')}.</>}
        </p>
      )}
      {diff.accessorialCents && (
        <p>
          Accessorial charges: {formatCents(diff.accessorialCents.from)} → {formatCents(diff.accessorialCents.to)}
        </p>
      )}
    </div>
  );
}
