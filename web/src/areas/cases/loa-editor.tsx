import { type FormEvent, type InputHTMLAttributes, type KeyboardEvent, type ReactNode, useEffect, useMemo, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { http, unwrap } from '../../api/http.ts';
import type { components } from '../../api/openapi-schema.d.ts';
import type { LoaContent, LoaVersion, LoaVersionDetail, QualityFinding } from '../../api/types.ts';
import { FormError } from '../../platform/field.tsx';
import { centsToDollarInput, formatCents, todayIso } from '../../platform/format.ts';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';
import {
  draftOf,
  draftTotals,
  emptyLine,
  extendedCents,
  type LineDraft,
  type LoaDraft,
  type LocalErrors,
  type NoteDraft,
  newKey,
  type PaymentDraft,
  toSaveInput,
} from './loa-draft.ts';
import { dropLoaDraft, keepLoaDraft, keptLoaDraft } from './loa-kept-draft.ts';
import { LoaTotals } from './loa-totals.tsx';

interface LoaEditorProps {
  caseRef: string;
  version: LoaVersion;
  content: LoaContent;
  findings: readonly QualityFinding[];
  onSaved: (detail: LoaVersionDetail) => void;
  onReload: () => void;
  onDirtyChange?: (dirty: boolean) => void;
}

type NporType = components['schemas']['NporType'];

const EEUM_NOTE = {
  code: 'EEUM',
  title: 'Enhanced End-Use Monitoring',
  text: 'The items on the lines marked EEUM are designated for Enhanced End-Use Monitoring: serial-number inventory within 90 days of arrival and annually after that.',
};
const ACCESSORIAL_NOTE = {
  code: 'ACCESSORIAL',
  title: 'Accessorial Charges',
  text: 'Accessorial charges on this LOA cover packing, crating, handling and transportation.',
};

/**
 * The lines, accessorial charges, notes and payment schedule of one draft LOA version, saved together in one PUT with
 * the revision that was read: a stale revision is a conflict, never an overwrite.
 */
export function LoaEditor({ caseRef, version, content, findings, onSaved, onReload, onDirtyChange }: LoaEditorProps) {
  const initial = useMemo(() => draftOf(content, version.accessorialCents), [content, version.accessorialCents]);
  const [draft, setDraft] = useState<LoaDraft>(initial);
  const [local, setLocal] = useState<LocalErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [nporTypes, setNporTypes] = useState<NporType[]>([]);
  useEffect(() => {
    // The administrator-kept NPOR types (DSCA 21-50); without them the editor still says program of record or NPOR.
    const controller = new AbortController();
    unwrap(http.GET('/weapons/npor-types', { signal: controller.signal })).then(setNporTypes, () => undefined);
    return () => controller.abort();
  }, []);

  const baseline = useMemo(() => JSON.stringify(toSaveInput(initial, version.revision).input), [initial, version.revision]);
  const dirty = JSON.stringify(toSaveInput(draft, version.revision).input) !== baseline || draft.lines.length !== initial.lines.length;
  const totals = draftTotals(draft, version.surchargeBasisPoints);
  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);
  const [kept, setKept] = useState(() => keptLoaDraft(caseRef, version.number, version.revision));
  // The case's tabs keep this editor mounted while it has changes: only leaving the case loses them.
  const leaveQuestion = useUnsavedChangesGuard(dirty, { onDiscard: () => dropLoaDraft(caseRef, version.number) });
  // Until the user restores or discards a kept draft, it stays as it was; after that the kept copy follows the editor.
  useEffect(() => {
    if (kept) return;
    if (dirty) keepLoaDraft(caseRef, version.number, version.revision, draft);
    else dropLoaDraft(caseRef, version.number);
  }, [kept, dirty, draft, caseRef, version.number, version.revision]);

  const conflict = error?.isVersionConflict ?? false;
  const serverErrors = error && !conflict ? error : null;
  const errorFor = (path: string) => local[path] ?? serverErrors?.fields.find((f) => f.path === path)?.message;

  const lineFindings = new Map<string, QualityFinding[]>();
  for (const f of findings) if (f.lineNumber) lineFindings.set(f.lineNumber, [...(lineFindings.get(f.lineNumber) ?? []), f]);

  function setLine(index: number, changes: Partial<LineDraft>) {
    setDraft((d) => ({ ...d, lines: d.lines.map((l, i) => (i === index ? { ...l, ...changes } : l)) }));
  }
  function setNote(index: number, changes: Partial<NoteDraft>) {
    setDraft((d) => ({ ...d, notes: d.notes.map((n, i) => (i === index ? { ...n, ...changes } : n)) }));
  }
  function setPayment(index: number, changes: Partial<PaymentDraft>) {
    setDraft((d) => ({ ...d, payments: d.payments.map((p, i) => (i === index ? { ...p, ...changes } : p)) }));
  }
  function addNote(note: Omit<NoteDraft, 'key'>) {
    setDraft((d) => ({ ...d, notes: [...d.notes, { key: newKey(), ...note }] }));
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    const { input, errors } = toSaveInput(draft, version.revision);
    setLocal(errors);
    setError(null);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      const detail = await api.saveVersion(caseRef, version.number, input);
      dropLoaDraft(caseRef, version.number);
      onSaved(detail);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  }

  const hasEeum = draft.lines.some((l) => l.eeum);
  const balance = totals.totalCents - totals.scheduledCents;
  const localCount = Object.keys(local).length;

  return (
    <form className="loa-editor" onSubmit={save} onKeyDown={onKeyDown} aria-label={`Edit version ${version.number}`} noValidate>
      {leaveQuestion}
      {kept && (
        <div className="notice" role="status" data-testid="kept-draft">
          <strong>You have unsaved changes to this LOA from {new Date(kept.keptAt).toLocaleString()}.</strong>
          <div className="form-actions">
            <button
              type="button"
              className="button button-small button-primary"
              onClick={() => {
                setDraft(kept.draft);
                setKept(null);
              }}
            >
              Restore my changes
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                dropLoaDraft(caseRef, version.number);
                setKept(null);
              }}
            >
              Discard them
            </button>
          </div>
        </div>
      )}
      {conflict && (
        <div className="notice notice-conflict" role="alert">
          <strong>This LOA was changed by someone else — reload.</strong>
          <p>
            You edited revision {version.revision} of version {version.number}; someone has saved a newer one. Reload to see their changes,
            then apply yours again. Your unsaved edits will be discarded.
          </p>
          <button type="button" className="button button-small" onClick={onReload}>
            Reload the LOA
          </button>
        </div>
      )}
      <FormError
        message={
          serverErrors?.message ??
          (localCount > 0 ? `${localCount} field${localCount === 1 ? ' is' : 's are'} not valid; see the marked fields` : null)
        }
        extra={
          serverErrors
            ? serverErrors.fields
                .filter((f) => !/^(lines|notes|paymentSchedule)\.\d+\.|^accessorialCents$/.test(f.path))
                .map((f) => `${f.path}: ${f.message}`)
            : []
        }
      />

      <section className="card" aria-labelledby="lines-title">
        <div className="card-header">
          <h2 id="lines-title">Lines</h2>
          <span className="muted small">
            {draft.lines.length} line{draft.lines.length === 1 ? '' : 's'} · {formatCents(totals.linesCents)}
          </span>
        </div>
        <div className="table-wrap">
          <table className="loa-lines">
            <thead>
              <tr>
                <th scope="col" className="col-line">
                  Line
                </th>
                <th scope="col">Description</th>
                <th scope="col" className="col-qty">
                  Qty
                </th>
                <th scope="col" className="col-ui">
                  UI
                </th>
                <th scope="col" className="col-money">
                  Unit cost ($)
                </th>
                <th scope="col" className="col-money">
                  Extended
                </th>
                <th scope="col" className="col-actions">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            {draft.lines.length === 0 && (
              <tbody>
                <tr>
                  <td colSpan={7} className="table-empty">
                    No lines yet. Add the first line.
                  </td>
                </tr>
              </tbody>
            )}
            {draft.lines.map((line, i) => {
              const n = i + 1;
              const extended = extendedCents(line);
              const issues = lineFindings.get(line.lineNumber) ?? [];
              return (
                <tbody key={line.key} className="loa-line" aria-label={`Line ${n}`}>
                  <tr>
                    <td className="col-line">
                      <Cell
                        label={`Line ${n} number`}
                        error={errorFor(`lines.${i}.lineNumber`)}
                        className="mono"
                        value={line.lineNumber}
                        maxLength={3}
                        onChange={(v) => setLine(i, { lineNumber: v })}
                      />
                    </td>
                    <td>
                      <Cell
                        label={`Line ${n} description`}
                        error={errorFor(`lines.${i}.description`)}
                        value={line.description}
                        maxLength={500}
                        onChange={(v) => setLine(i, { description: v })}
                      />
                    </td>
                    <td className="col-qty">
                      <Cell
                        label={`Line ${n} quantity`}
                        error={errorFor(`lines.${i}.quantity`)}
                        className="num"
                        inputMode="numeric"
                        value={line.quantity}
                        onChange={(v) => setLine(i, { quantity: v })}
                      />
                    </td>
                    <td className="col-ui">
                      <Cell
                        label={`Line ${n} unit of issue`}
                        error={errorFor(`lines.${i}.unitOfIssue`)}
                        className="mono"
                        value={line.unitOfIssue}
                        maxLength={4}
                        onChange={(v) => setLine(i, { unitOfIssue: v.toUpperCase() })}
                      />
                    </td>
                    <td className="col-money">
                      <Cell
                        label={`Line ${n} unit cost`}
                        error={errorFor(`lines.${i}.unitCostCents`)}
                        className="num"
                        inputMode="decimal"
                        value={line.unitCost}
                        onChange={(v) => setLine(i, { unitCost: v })}
                      />
                    </td>
                    <td className="col-money extended" aria-label={`Line ${n} extended cost`}>
                      {extended === null ? <span className="muted">—</span> : formatCents(extended)}
                    </td>
                    <td className="col-actions">
                      <button
                        type="button"
                        className="button button-small button-quiet"
                        aria-label={`Remove line ${n}`}
                        title="Remove this line"
                        onClick={() => setDraft((d) => ({ ...d, lines: d.lines.filter((_, j) => j !== i) }))}
                      >
                        ✕
                      </button>
                    </td>
                  </tr>
                  <tr className="loa-line-more">
                    <td />
                    <td colSpan={6}>
                      <div className="line-attributes">
                        <MiniField caption="MASL generic">
                          <Cell
                            label={`Line ${n} MASL generic code`}
                            error={errorFor(`lines.${i}.maslGenericCode`)}
                            className="mono w-4"
                            maxLength={3}
                            value={line.maslGenericCode}
                            onChange={(v) => setLine(i, { maslGenericCode: v.toUpperCase() })}
                          />
                        </MiniField>
                        <MiniField caption="MASL number">
                          <Cell
                            label={`Line ${n} MASL number`}
                            error={errorFor(`lines.${i}.maslNumber`)}
                            className="mono w-13"
                            maxLength={13}
                            value={line.maslNumber}
                            onChange={(v) => setLine(i, { maslNumber: v.toUpperCase() })}
                          />
                        </MiniField>
                        <fieldset className="flag-set">
                          <legend className="visually-hidden">Line {n} flags</legend>
                          <Flag
                            label={`Line ${n} MDE`}
                            caption="MDE"
                            title="Major Defense Equipment"
                            checked={line.mde}
                            onChange={(v) => setLine(i, { mde: v })}
                          />
                          <Flag
                            label={`Line ${n} SME`}
                            caption="SME"
                            title="Significant Military Equipment"
                            checked={line.sme}
                            onChange={(v) => setLine(i, { sme: v })}
                          />
                          <Flag
                            label={`Line ${n} EEUM`}
                            caption="EEUM"
                            title="Enhanced End-Use Monitoring"
                            checked={line.eeum}
                            onChange={(v) => setLine(i, { eeum: v })}
                          />
                        </fieldset>
                        <MiniField caption="Program of record">
                          <select
                            aria-label={`Line ${n} program of record`}
                            value={line.por}
                            onChange={(e) => setLine(i, { por: e.target.value as LineDraft['por'] })}
                          >
                            <option value="">Not stated</option>
                            <option value="por">Program of record</option>
                            <option value="npor">NPOR</option>
                          </select>
                        </MiniField>
                        {line.por === 'npor' && (
                          <MiniField caption="NPOR type">
                            <select
                              aria-label={`Line ${n} NPOR type`}
                              aria-invalid={errorFor(`lines.${i}.nporType`) ? true : undefined}
                              value={line.nporType}
                              onChange={(e) => setLine(i, { nporType: e.target.value })}
                            >
                              <option value="">Not stated</option>
                              {nporTypes
                                .filter((t) => t.active || t.code === line.nporType)
                                .map((t) => (
                                  <option key={t.code} value={t.code}>
                                    {t.name}
                                  </option>
                                ))}
                            </select>
                          </MiniField>
                        )}
                        <MiniField caption="Source">
                          <Cell
                            label={`Line ${n} source of supply`}
                            error={errorFor(`lines.${i}.sourceOfSupply`)}
                            className="mono w-5"
                            maxLength={10}
                            value={line.sourceOfSupply}
                            onChange={(v) => setLine(i, { sourceOfSupply: v })}
                          />
                        </MiniField>
                        <MiniField caption="Delivery">
                          <Cell
                            label={`Line ${n} delivery period`}
                            error={errorFor(`lines.${i}.deliveryPeriod`)}
                            className="w-10"
                            maxLength={40}
                            value={line.deliveryPeriod}
                            onChange={(v) => setLine(i, { deliveryPeriod: v })}
                          />
                        </MiniField>
                      </div>
                      {issues.length > 0 && (
                        <ul className="line-findings">
                          {issues.map((f, k) => (
                            <li key={k} className={`finding-${f.severity}`}>
                              {f.severity === 'blocking' ? '✖' : '⚠'} {f.message}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                </tbody>
              );
            })}
          </table>
        </div>
        <div className="form-actions editor-toolbar">
          <button
            type="button"
            className="button button-small"
            onClick={() => setDraft((d) => ({ ...d, lines: [...d.lines, emptyLine(d.lines)] }))}
          >
            + Add line
          </button>
          <label className="inline-form accessorial">
            <span className="strong small">Accessorial charges ($)</span>
            <input
              aria-label="Accessorial charges"
              className={`num w-10${errorFor('accessorialCents') ? ' is-invalid' : ''}`}
              inputMode="decimal"
              value={draft.accessorial}
              aria-invalid={errorFor('accessorialCents') ? true : undefined}
              onChange={(e) => setDraft((d) => ({ ...d, accessorial: e.target.value }))}
            />
            {errorFor('accessorialCents') && <span className="field-error">{errorFor('accessorialCents')}</span>}
          </label>
        </div>
      </section>

      <div className="editor-columns">
        <section className="card" aria-labelledby="notes-title">
          <div className="card-header">
            <h2 id="notes-title">Notes</h2>
            <span className="form-actions">
              {hasEeum && !draft.notes.some((n) => n.code.trim() === 'EEUM') && (
                <button type="button" className="button button-small" onClick={() => addNote(EEUM_NOTE)}>
                  + EEUM note
                </button>
              )}
              {totals.accessorialCents > 0 && !draft.notes.some((n) => n.code.trim() === 'ACCESSORIAL') && (
                <button type="button" className="button button-small" onClick={() => addNote(ACCESSORIAL_NOTE)}>
                  + Accessorial note
                </button>
              )}
              <button type="button" className="button button-small" onClick={() => addNote({ code: '', title: '', text: '' })}>
                + Add note
              </button>
            </span>
          </div>
          {draft.notes.length === 0 && <p className="muted">No notes.</p>}
          <ol className="note-list">
            {draft.notes.map((note, i) => {
              const n = i + 1;
              return (
                <li key={note.key} className="note-item">
                  <div className="note-head">
                    <MiniField caption="Code">
                      <Cell
                        label={`Note ${n} code`}
                        error={errorFor(`notes.${i}.code`)}
                        className="mono w-10"
                        maxLength={20}
                        value={note.code}
                        onChange={(v) => setNote(i, { code: v.toUpperCase() })}
                      />
                    </MiniField>
                    <MiniField caption="Title" grow>
                      <Cell
                        label={`Note ${n} title`}
                        error={errorFor(`notes.${i}.title`)}
                        maxLength={200}
                        value={note.title}
                        onChange={(v) => setNote(i, { title: v })}
                      />
                    </MiniField>
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      aria-label={`Remove note ${n}`}
                      title="Remove this note"
                      onClick={() => setDraft((d) => ({ ...d, notes: d.notes.filter((_, j) => j !== i) }))}
                    >
                      ✕
                    </button>
                  </div>
                  <textarea
                    aria-label={`Note ${n} text`}
                    rows={2}
                    value={note.text}
                    aria-invalid={errorFor(`notes.${i}.text`) ? true : undefined}
                    onChange={(e) => setNote(i, { text: e.target.value })}
                  />
                  {errorFor(`notes.${i}.text`) && <span className="field-error">{errorFor(`notes.${i}.text`)}</span>}
                </li>
              );
            })}
          </ol>
        </section>

        <section className="card" aria-labelledby="payments-title">
          <div className="card-header">
            <h2 id="payments-title">Payment schedule</h2>
            <span className="form-actions">
              {balance > 0 && (
                <button
                  type="button"
                  className="button button-small"
                  title="Add a payment for the amount not yet scheduled"
                  onClick={() =>
                    setDraft((d) => ({
                      ...d,
                      payments: [...d.payments, { key: newKey(), dueDate: todayIso(), amount: centsToDollarInput(balance) }],
                    }))
                  }
                >
                  + Schedule the balance
                </button>
              )}
              <button
                type="button"
                className="button button-small"
                onClick={() => setDraft((d) => ({ ...d, payments: [...d.payments, { key: newKey(), dueDate: todayIso(), amount: '' }] }))}
              >
                + Add payment
              </button>
            </span>
          </div>
          {draft.payments.length === 0 ? (
            <p className="muted">No payments scheduled.</p>
          ) : (
            <table className="payment-table">
              <thead>
                <tr>
                  <th scope="col">Due date</th>
                  <th scope="col" className="col-money">
                    Amount ($)
                  </th>
                  <th scope="col" className="col-actions">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {draft.payments.map((p, i) => (
                  <tr key={p.key}>
                    <td>
                      <Cell
                        label={`Payment ${i + 1} due date`}
                        error={errorFor(`paymentSchedule.${i}.dueDate`)}
                        type="date"
                        value={p.dueDate}
                        onChange={(v) => setPayment(i, { dueDate: v })}
                      />
                    </td>
                    <td className="col-money">
                      <Cell
                        label={`Payment ${i + 1} amount`}
                        error={errorFor(`paymentSchedule.${i}.amountCents`)}
                        className="num"
                        inputMode="decimal"
                        value={p.amount}
                        onChange={(v) => setPayment(i, { amount: v })}
                      />
                    </td>
                    <td className="col-actions">
                      <button
                        type="button"
                        className="button button-small button-quiet"
                        aria-label={`Remove payment ${i + 1}`}
                        onClick={() => setDraft((d) => ({ ...d, payments: d.payments.filter((_, j) => j !== i) }))}
                      >
                        ✕
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>

      <LoaTotals version={version} estimate={dirty ? totals : null} scheduledCents={totals.scheduledCents} />

      <div className="save-bar">
        <button type="submit" className="button button-primary" disabled={busy || !dirty}>
          {busy ? 'Saving…' : 'Save LOA'}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || !dirty}
          onClick={() => {
            setDraft(initial);
            setLocal({});
            setError(null);
          }}
        >
          Discard changes
        </button>
        <span className={dirty ? 'text-warn small' : 'muted small'} aria-live="polite">
          {dirty ? 'Unsaved changes (Ctrl+S saves)' : 'No unsaved changes'}
        </span>
        <span className="muted small save-bar-meta">
          Version {version.number} · revision {version.revision}
        </span>
      </div>
    </form>
  );
}

interface CellProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}

/** One input of the editor, named for screen readers and tests, with the server's message for it beside it. */
function Cell({ label, error, value, onChange, className, ...rest }: CellProps) {
  const id = `cell-${label.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <span className={`cell${error ? ' has-error' : ''}`}>
      <input
        {...rest}
        id={id}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={className}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </span>
  );
}

function MiniField({ caption, grow = false, children }: { caption: string; grow?: boolean; children: ReactNode }) {
  return (
    <span className={`mini-field${grow ? ' grow' : ''}`}>
      <span className="mini-caption" aria-hidden="true">
        {caption}
      </span>
      {children}
    </span>
  );
}

function Flag({
  label,
  caption,
  title,
  checked,
  onChange,
}: {
  label: string;
  caption: string;
  title: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <label className="checkbox flag" title={title}>
      <input type="checkbox" aria-label={label} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span aria-hidden="true">{caption}</span>
    </label>
  );
}
