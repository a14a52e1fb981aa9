import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { type CreateShipment, deliveriesApi, MILESTONE_LABELS, type Milestone } from './deliveries-api.ts';

type Mode = CreateShipment['mode'];
const MODES: Mode[] = ['air', 'ocean', 'surface', 'parcel', 'courier'];
const PLANNED: Milestone[] = ['ready', 'shipped', 'in_transit', 'arrived', 'delivered'];

interface LineDraft {
  key: number;
  lineNumber: string;
  quantity: string;
  itemTypeCode: string;
  serials: string;
}

let nextKey = 0;
const emptyLine = (): LineDraft => ({ key: nextKey++, lineNumber: '', quantity: '', itemTypeCode: '', serials: '' });

/** Plans a shipment of an implemented case's lines: route, custody point, sensitivity, planned dates, quantities and EEUM serials. */
export function NewShipmentPage() {
  usePageTitle('New shipment');
  const navigate = useNavigate();
  const [caseId, setCaseId] = useState('');
  const [mode, setMode] = useState<Mode>('air');
  const [origin, setOrigin] = useState('');
  const [poe, setPoe] = useState('');
  const [pod, setPod] = useState('');
  const [carrier, setCarrier] = useState('');
  const [tcn, setTcn] = useState('');
  const [custody, setCustody] = useState('Port of debarkation');
  const [classified, setClassified] = useState(false);
  const [cci, setCci] = useState(false);
  const [aae, setAae] = useState('');
  const [plan, setPlan] = useState('');
  const [planned, setPlanned] = useState<Partial<Record<Milestone, string>>>({});
  const [lines, setLines] = useState<LineDraft[]>([emptyLine()]);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const field = (path: string) => error?.fieldMessage(path);
  const setLine = (i: number, patch: Partial<LineDraft>) => setLines((all) => all.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setMessage(null);
    try {
      const created = await deliveriesApi.create({
        caseId: caseId.trim().toUpperCase(),
        mode,
        origin,
        portOfEmbarkation: poe,
        portOfDebarkation: pod,
        carrier,
        tcn,
        custodyTransferPoint: custody,
        classified,
        cci,
        aaeCategory: (aae || null) as CreateShipment['aaeCategory'],
        transportationPlan: plan,
        fad: null,
        planned: Object.fromEntries(Object.entries(planned).filter(([, v]) => v)),
        lines: lines.map((l) => ({
          lineNumber: l.lineNumber.trim(),
          quantity: Number(l.quantity),
          itemTypeCode: l.itemTypeCode.trim().toUpperCase() || null,
          serialNumbers: l.serials.split(/[\s,;]+/).filter(Boolean),
        })),
      });
      navigate(`/deliveries/shipments/${created.id}`);
    } catch (caught) {
      if (caught instanceof ApiError) {
        setError(caught);
        setMessage(caught.message);
      } else setMessage(String(caught));
    }
  }

  const placed = ['caseId', 'mode', 'origin', 'tcn', 'custodyTransferPoint', 'transportationPlan', 'aaeCategory', 'planned', 'lines'];
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/deliveries">Shipments</Link>
        <span aria-hidden="true">/</span>
        <span>New</span>
      </nav>
      <header className="page-header">
        <h1>New shipment</h1>
      </header>
      <form className="form-grid" onSubmit={submit} aria-label="New shipment">
        <Field label="Case" error={field('caseId')} hint="The identifier of an implemented case, e.g. KE-B-AAA">
          {(p) => <input {...p} value={caseId} onChange={(e) => setCaseId(e.target.value)} required />}
        </Field>
        <Field label="Mode">
          {(p) => (
            <select {...p} value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
              {MODES.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Origin" error={field('origin')}>
          {(p) => <input {...p} value={origin} onChange={(e) => setOrigin(e.target.value)} required />}
        </Field>
        <Field label="Port of embarkation">{(p) => <input {...p} value={poe} onChange={(e) => setPoe(e.target.value)} />}</Field>
        <Field label="Port of debarkation">{(p) => <input {...p} value={pod} onChange={(e) => setPod(e.target.value)} />}</Field>
        <Field label="Carrier">{(p) => <input {...p} value={carrier} onChange={(e) => setCarrier(e.target.value)} />}</Field>
        <Field label="Transportation control number (TCN)" error={field('tcn')}>
          {(p) => <input {...p} className="mono" value={tcn} onChange={(e) => setTcn(e.target.value.toUpperCase())} />}
        </Field>
        <Field label="Custody transfer point" error={field('custodyTransferPoint')}>
          {(p) => <input {...p} value={custody} onChange={(e) => setCustody(e.target.value)} required />}
        </Field>
        <fieldset className="fieldset">
          <legend>Sensitivity (SAMM Fig C7.F1)</legend>
          <label className="checkbox">
            <input type="checkbox" checked={classified} onChange={(e) => setClassified(e.target.checked)} /> Classified
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={cci} onChange={(e) => setCci(e.target.checked)} /> Controlled cryptographic items (CCI)
          </label>
          <Field label="AA&E category" error={field('aaeCategory')}>
            {(p) => (
              <select {...p} value={aae} onChange={(e) => setAae(e.target.value)}>
                <option value="">None</option>
                {['I', 'II', 'III', 'IV'].map((c) => (
                  <option key={c} value={c}>
                    Category {c}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label="Transportation Plan"
            error={field('transportationPlan')}
            hint="Required for classified, CCI and AA&E Categories I–IV"
          >
            {(p) => <input {...p} value={plan} onChange={(e) => setPlan(e.target.value)} />}
          </Field>
        </fieldset>
        <fieldset className="fieldset">
          <legend>Planned dates</legend>
          {PLANNED.map((m) => (
            <Field key={m} label={`${MILESTONE_LABELS[m]} (planned)`} error={field(`planned.${m}`)}>
              {(p) => (
                <input
                  {...p}
                  type="date"
                  value={planned[m] ?? ''}
                  onChange={(e) => setPlanned((all) => ({ ...all, [m]: e.target.value }))}
                />
              )}
            </Field>
          ))}
        </fieldset>
        {lines.map((l, i) => (
          <fieldset key={l.key} className="fieldset">
            <legend>Line {i + 1}</legend>
            <Field label={`LOA line number ${i + 1}`} error={field(`lines.${i}.lineNumber`)}>
              {(p) => (
                <input
                  {...p}
                  value={l.lineNumber}
                  onChange={(e) => setLine(i, { lineNumber: e.target.value })}
                  required
                  placeholder="001"
                />
              )}
            </Field>
            <Field label={`Quantity ${i + 1}`} error={field(`lines.${i}.quantity`)}>
              {(p) => (
                <input {...p} inputMode="numeric" value={l.quantity} onChange={(e) => setLine(i, { quantity: e.target.value })} required />
              )}
            </Field>
            <Field label={`EUM item type ${i + 1}`} error={field(`lines.${i}.itemTypeCode`)} hint="For an EEUM line (e.g. NVD)">
              {(p) => <input {...p} value={l.itemTypeCode} onChange={(e) => setLine(i, { itemTypeCode: e.target.value })} />}
            </Field>
            <Field
              label={`Serial numbers ${i + 1}`}
              error={field(`lines.${i}.serialNumbers`)}
              hint="EEUM lines: one per article, before shipment"
            >
              {(p) => <textarea {...p} rows={2} value={l.serials} onChange={(e) => setLine(i, { serials: e.target.value })} />}
            </Field>
          </fieldset>
        ))}
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setLines((all) => [...all, emptyLine()])}>
            Add a line
          </button>
          <button type="submit" className="button button-primary">
            Plan shipment
          </button>
        </div>
        <FormError message={message} extra={unplacedFieldErrors(error?.fields ?? [], placed)} />
      </form>
    </section>
  );
}
