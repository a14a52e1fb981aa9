import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { type ControlProps, Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { parseDollars, todayIso } from '../../platform/format.ts';
import { CharCount } from '../../platform/limited-text.tsx';
import { useEditorDirty } from '../../platform/unsaved-group.tsx';
import { useApi } from '../../platform/use-api.ts';
import { type DelayReasons, deliveriesApi, MILESTONE_LABELS, type Milestone, type Shipment } from './deliveries-api.ts';

type Done = (s: Shipment, message: string) => void;
type Discrepancy = Shipment['discrepancies'][number];

/**
 * The server's error, with each field's message placed and the others listed; and whether the form holds typed work
 * (any input in it, `onInput` on the <form>), told to the page's unsaved-changes guard until `saved()`.
 */
function useFormError() {
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  useEditorDirty(dirty);
  const fail = (caught: unknown) => {
    if (caught instanceof ApiError) {
      setError(caught);
      setMessage(caught.message);
    } else setMessage(String(caught));
  };
  const reset = () => {
    setError(null);
    setMessage(null);
  };
  return {
    error,
    message,
    fail,
    reset,
    field: (path: string) => error?.fieldMessage(path),
    onInput: () => setDirty(true),
    saved: () => setDirty(false),
  };
}

/** A free-text input with the server's limit as a counter: nothing typed or pasted is cut without a word. */
function CountedInput(props: { control: ControlProps; value: string; onChange: (value: string) => void; max: number; required?: boolean }) {
  const { control, value, max } = props;
  const countId = `${control.id}-count`;
  return (
    <>
      <input
        {...control}
        aria-describedby={[control['aria-describedby'], countId].filter(Boolean).join(' ')}
        aria-invalid={control['aria-invalid'] || value.length > max || undefined}
        value={value}
        onChange={(e) => props.onChange(e.target.value)}
        required={props.required}
      />
      <CharCount id={countId} length={value.length} max={max} />
    </>
  );
}

const serialsOf = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

const FORM_MILESTONES: Milestone[] = ['ready', 'shipped', 'in_transit', 'arrived', 'delivered'];

/** Records what happened on a milestone, or moves its plan; a later date needs a cause (reason code) and a note. */
export function MilestoneForm({ shipment, reasons, onDone }: { shipment: Shipment; reasons: DelayReasons; onDone: Done }) {
  const next = shipment.milestones.find((m) => m.actualOn === null && FORM_MILESTONES.includes(m.milestone))?.milestone ?? 'delivered';
  const [milestone, setMilestone] = useState<Milestone>(next);
  const [kind, setKind] = useState<'actual' | 'planned'>('actual');
  const [date, setDate] = useState(todayIso());
  const [reasonCode, setReasonCode] = useState('');
  const [note, setNote] = useState('');
  const form = useFormError();
  const current = shipment.milestones.find((m) => m.milestone === milestone);
  const slips = current?.plannedOn ? date > current.plannedOn : false;
  async function submit(event: FormEvent) {
    event.preventDefault();
    form.reset();
    try {
      const updated = await deliveriesApi.milestone(shipment.id, {
        version: shipment.version,
        milestone,
        ...(kind === 'actual' ? { actualOn: date } : { plannedOn: date }),
        ...(reasonCode ? { reasonCode } : {}),
        ...(note ? { note } : {}),
      });
      form.saved();
      onDone(updated, `${MILESTONE_LABELS[milestone]}: ${kind} date ${date} recorded`);
      setReasonCode('');
      setNote('');
      const following = updated.milestones.find((m) => m.actualOn === null && FORM_MILESTONES.includes(m.milestone));
      if (following) setMilestone(following.milestone);
    } catch (caught) {
      form.fail(caught);
    }
  }
  return (
    <form className="form-grid" onSubmit={submit} aria-label="Record a milestone" onInput={form.onInput}>
      <h3>Record a date</h3>
      <Field label="Milestone">
        {(p) => (
          <select {...p} value={milestone} onChange={(e) => setMilestone(e.target.value as Milestone)}>
            {FORM_MILESTONES.map((m) => (
              <option key={m} value={m}>
                {MILESTONE_LABELS[m]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Date is">
        {(p) => (
          <select {...p} value={kind} onChange={(e) => setKind(e.target.value as 'actual' | 'planned')}>
            <option value="actual">what happened (actual)</option>
            <option value="planned">a new plan</option>
          </select>
        )}
      </Field>
      <Field label="Date" error={form.field('actualOn') ?? form.field('plannedOn')}>
        {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} required />}
      </Field>
      <Field
        label="Cause of the delay"
        error={form.field('reasonCode')}
        hint={slips ? `Later than planned (${current?.plannedOn}): a cause is required` : undefined}
      >
        {(p) => (
          <select {...p} value={reasonCode} onChange={(e) => setReasonCode(e.target.value)}>
            <option value="">None</option>
            {reasons
              .filter((r) => r.active)
              .map((r) => (
                <option key={r.code} value={r.code}>
                  {r.label}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field label="Note" error={form.field('note')}>
        {(p) => <CountedInput control={p} value={note} onChange={setNote} max={2000} />}
      </Field>
      <FormError
        message={form.message}
        extra={unplacedFieldErrors(form.error?.fields ?? [], ['actualOn', 'plannedOn', 'reasonCode', 'note'])}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Record date
        </button>
      </div>
    </form>
  );
}

/** One input per line: the quantity and, for an EEUM line, its serial numbers. */
function LineInputs({
  lines,
  quantities,
  serials,
  setQuantity,
  setSerials,
  field,
  max,
}: {
  lines: Shipment['lines'];
  quantities: Record<string, string>;
  serials: Record<string, string>;
  setQuantity: (line: string, v: string) => void;
  setSerials: (line: string, v: string) => void;
  field: (path: string) => string | undefined;
  max: (l: Shipment['lines'][number]) => number;
}) {
  return (
    <>
      {lines.map((l, i) => (
        <fieldset key={l.lineNumber} className="fieldset">
          <legend>
            Line {l.lineNumber} · {l.description} (up to {max(l)})
          </legend>
          <Field label={`Quantity, line ${l.lineNumber}`} error={field(`lines.${i}.quantity`)}>
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                value={quantities[l.lineNumber] ?? ''}
                onChange={(e) => setQuantity(l.lineNumber, e.target.value)}
              />
            )}
          </Field>
          {l.eeum && (
            <Field
              label={`Serial numbers, line ${l.lineNumber}`}
              error={field(`lines.${i}.serialNumbers`)}
              hint="One per article, separated by spaces or commas"
            >
              {(p) => (
                <textarea {...p} rows={2} value={serials[l.lineNumber] ?? ''} onChange={(e) => setSerials(l.lineNumber, e.target.value)} />
              )}
            </Field>
          )}
        </fieldset>
      ))}
    </>
  );
}

function useLineState(
  lines: Shipment['lines'],
  quantity: (l: Shipment['lines'][number]) => number,
  serials: (l: Shipment['lines'][number]) => string[],
) {
  const [quantities, setQuantities] = useState<Record<string, string>>(() =>
    Object.fromEntries(lines.map((l) => [l.lineNumber, String(quantity(l))])),
  );
  const [serialText, setSerialText] = useState<Record<string, string>>(() =>
    Object.fromEntries(lines.map((l) => [l.lineNumber, serials(l).join(' ')])),
  );
  const body = () =>
    lines
      .map((l) => ({
        lineNumber: l.lineNumber,
        quantity: Number(quantities[l.lineNumber] ?? 0),
        serialNumbers: l.eeum ? serialsOf(serialText[l.lineNumber] ?? '') : [],
      }))
      .filter((l) => l.quantity > 0);
  return {
    quantities,
    serialText,
    setQuantity: (line: string, v: string) => setQuantities((q) => ({ ...q, [line]: v })),
    setSerials: (line: string, v: string) => setSerialText((s) => ({ ...s, [line]: v })),
    body,
  };
}

/** The partner's receipt, confirmed by the security cooperation office, with its document. */
export function ReceiptForm({ shipment, onDone }: { shipment: Shipment; onDone: Done }) {
  const open = shipment.lines.filter((l) => l.received < l.quantity);
  const state = useLineState(
    open,
    (l) => l.quantity - l.received,
    (l) => l.serials.filter((s) => !s.receivedOn).map((s) => s.serialNumber),
  );
  const [on, setOn] = useState(todayIso());
  const [document, setDocument] = useState('');
  const form = useFormError();
  async function submit(event: FormEvent) {
    event.preventDefault();
    form.reset();
    const lines = state.body();
    try {
      const updated = await deliveriesApi.receive(shipment.id, { version: shipment.version, receivedOn: on, document, lines });
      form.saved();
      onDone(updated, `Receipt recorded on ${on}`);
    } catch (caught) {
      form.fail(caught);
    }
  }
  return (
    <form className="form-grid" onSubmit={submit} aria-label="Record the receipt" onInput={form.onInput}>
      <h3>Record the receipt</h3>
      <Field label="Received on" error={form.field('receivedOn')}>
        {(p) => <input {...p} type="date" value={on} onChange={(e) => setOn(e.target.value)} required />}
      </Field>
      <Field label="Receipt document" error={form.field('document')} hint="e.g. the signed DD 1348-1A">
        {(p) => <CountedInput control={p} value={document} onChange={setDocument} max={200} required />}
      </Field>
      <LineInputs lines={open} {...state} serials={state.serialText} field={form.field} max={(l) => l.quantity - l.received} />
      <FormError message={form.message} extra={unplacedFieldErrors(form.error?.fields ?? [], ['receivedOn', 'document', 'lines'])} />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Record receipt
        </button>
      </div>
    </form>
  );
}

/** The partner's acceptance; accepted EEUM serials become end-use monitored items (the site they go to, if known). */
export function AcceptanceForm({ shipment, onDone }: { shipment: Shipment; onDone: Done }) {
  const open = shipment.lines.filter((l) => l.accepted < l.received);
  const state = useLineState(
    open,
    (l) => l.received - l.accepted,
    (l) => l.serials.filter((s) => s.receivedOn && !s.acceptedOn).map((s) => s.serialNumber),
  );
  const [on, setOn] = useState(todayIso());
  const [document, setDocument] = useState('');
  const [siteId, setSiteId] = useState('');
  const sites = useApi(['deliveries', 'shipment-forms:deliveriesApi.eumSites'], (signal) => deliveriesApi.eumSites(shipment.id, signal), [
    shipment.id,
  ]);
  const form = useFormError();
  async function submit(event: FormEvent) {
    event.preventDefault();
    form.reset();
    try {
      const updated = await deliveriesApi.accept(shipment.id, {
        version: shipment.version,
        acceptedOn: on,
        document,
        siteId: siteId.trim() || null,
        lines: state.body(),
      });
      form.saved();
      onDone(updated, `Acceptance recorded on ${on}${open.some((l) => l.eeum) ? '; the EEUM items are in end-use monitoring' : ''}`);
    } catch (caught) {
      form.fail(caught);
    }
  }
  return (
    <form className="form-grid" onSubmit={submit} aria-label="Record the acceptance" onInput={form.onInput}>
      <h3>Record the acceptance</h3>
      <Field label="Accepted on" error={form.field('acceptedOn')}>
        {(p) => <input {...p} type="date" value={on} onChange={(e) => setOn(e.target.value)} required />}
      </Field>
      <Field label="Acceptance document" error={form.field('document')}>
        {(p) => <CountedInput control={p} value={document} onChange={setDocument} max={200} required />}
      </Field>
      <Field
        label="EUM storage site"
        error={form.field('siteId')}
        hint="Where the accepted EEUM items are stored (its certification, or the control plan, must be on file)"
      >
        {(p) => (
          <select {...p} value={siteId} onChange={(e) => setSiteId(e.target.value)}>
            <option value="">Not yet known (the partner's control plan applies)</option>
            {(sites.data ?? []).map((site) => (
              <option key={site.id} value={site.id}>
                {site.code} · {site.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <LineInputs lines={open} {...state} serials={state.serialText} field={form.field} max={(l) => l.received - l.accepted} />
      <FormError
        message={form.message}
        extra={unplacedFieldErrors(form.error?.fields ?? [], ['acceptedOn', 'document', 'siteId', 'lines'])}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Record acceptance
        </button>
      </div>
    </form>
  );
}

/** A supply or transportation discrepancy report on a received line. */
export function DiscrepancyForm({ shipment, onDone }: { shipment: Shipment; onDone: Done }) {
  const received = shipment.lines.filter((l) => l.received > 0);
  const [lineNumber, setLineNumber] = useState(received[0]?.lineNumber ?? '');
  const [kind, setKind] = useState<'sdr' | 'tdr'>('sdr');
  const [value, setValue] = useState('');
  const [on, setOn] = useState(todayIso());
  const [description, setDescription] = useState('');
  const form = useFormError();
  async function submit(event: FormEvent) {
    event.preventDefault();
    form.reset();
    const cents = parseDollars(value);
    if (typeof cents !== 'number')
      return form.fail(
        new ApiError(400, 'validation_failed', 'The value: a dollar amount', [{ path: 'valueCents', message: 'a dollar amount' }]),
      );
    try {
      const updated = await deliveriesApi.reportDiscrepancy(shipment.id, {
        lineNumber,
        kind,
        valueCents: cents,
        submittedOn: on,
        description,
      });
      form.saved();
      onDone(updated, `${kind.toUpperCase()} recorded: ${updated.discrepancies.at(-1)?.statusReason ?? ''}`);
      setDescription('');
    } catch (caught) {
      form.fail(caught);
    }
  }
  return (
    <form className="form-grid" onSubmit={submit} aria-label="Report a discrepancy" onInput={form.onInput}>
      <h3>Report a discrepancy</h3>
      <Field label="Line">
        {(p) => (
          <select {...p} value={lineNumber} onChange={(e) => setLineNumber(e.target.value)}>
            {received.map((l) => (
              <option key={l.lineNumber} value={l.lineNumber}>
                {l.lineNumber} · {l.description}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Report">
        {(p) => (
          <select {...p} value={kind} onChange={(e) => setKind(e.target.value as 'sdr' | 'tdr')}>
            <option value="sdr">Supply discrepancy (SDR)</option>
            <option value="tdr">Transportation discrepancy (TDR)</option>
          </select>
        )}
      </Field>
      <Field label="Value ($)" error={form.field('valueCents')} hint="Reviewed only from $200">
        {(p) => <input {...p} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} required />}
      </Field>
      <Field label="Submitted on" error={form.field('submittedOn')} hint="Refused after one year from receipt">
        {(p) => <input {...p} type="date" value={on} onChange={(e) => setOn(e.target.value)} required />}
      </Field>
      <Field label="Description" error={form.field('description')}>
        {(p) => <CountedInput control={p} value={description} onChange={setDescription} max={4000} required />}
      </Field>
      <FormError
        message={form.message}
        extra={unplacedFieldErrors(form.error?.fields ?? [], ['valueCents', 'submittedOn', 'description'])}
      />
      <div className="form-actions">
        <button type="submit" className="button">
          Report
        </button>
      </div>
    </form>
  );
}

/** Resolves a discrepancy under review with its resolution and a note. */
export function ResolveDiscrepancy({ discrepancy, onDone }: { discrepancy: Discrepancy; onDone: Done }) {
  const [open, setOpen] = useState(false);
  const [resolution, setResolution] = useState<'replaced' | 'repaired' | 'credited' | 'denied'>('replaced');
  const [note, setNote] = useState('');
  const form = useFormError();
  if (!open)
    return (
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        Resolve
      </button>
    );
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const updated = await deliveriesApi.resolveDiscrepancy(discrepancy.id, {
        version: discrepancy.version,
        resolution,
        note,
        resolvedOn: todayIso(),
      });
      form.saved();
      onDone(updated, `Discrepancy resolved: ${resolution}`);
    } catch (caught) {
      form.fail(caught);
    }
  }
  return (
    <form onSubmit={submit} aria-label="Resolve the discrepancy" onInput={form.onInput} className="inline-form">
      <Field label="Resolution">
        {(p) => (
          <select {...p} value={resolution} onChange={(e) => setResolution(e.target.value as typeof resolution)}>
            {(['replaced', 'repaired', 'credited', 'denied'] as const).map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Note" error={form.field('note')}>
        {(p) => <CountedInput control={p} value={note} onChange={setNote} max={2000} required />}
      </Field>
      <FormError message={form.message} />
      <button type="submit" className="button button-small">
        Save
      </button>
    </form>
  );
}
