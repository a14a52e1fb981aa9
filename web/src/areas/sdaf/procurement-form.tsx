import { type FormEvent, useState } from 'react';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { parseDollars, todayIso } from '../../platform/format.ts';
import { type ProcurementInput, type SdafProcurement, sdafApi } from './sdaf-api.ts';
import { useSubmit } from './use-submit.ts';

interface ItemDraft {
  key: number;
  nsn: string;
  nomenclature: string;
  quantity: string;
  unitCost: string;
  mde: boolean;
}
const blank = (key: number): ItemDraft => ({ key, nsn: '', nomenclature: '', quantity: '1', unitCost: '', mde: false });

/** A new anticipatory procurement: its items, its contract, and the releasability attestation without which it is refused. */
export function ProcurementForm({ onSaved, onCancel }: { onSaved: (p: SdafProcurement) => void; onCancel: () => void }) {
  const [contractNumber, setContractNumber] = useState('');
  const [awardedOn, setAwardedOn] = useState(todayIso());
  const [expectedDeliveryOn, setExpectedDeliveryOn] = useState('');
  const [items, setItems] = useState<ItemDraft[]>([blank(0)]);
  const [releasable, setReleasable] = useState(false);
  const [attestedBy, setAttestedBy] = useState('');
  const [attestedOn, setAttestedOn] = useState(todayIso());
  const [basis, setBasis] = useState('');
  const { error, busy, run, fail, onInput } = useSubmit();
  const change = (key: number, patch: Partial<ItemDraft>) => setItems((all) => all.map((i) => (i.key === key ? { ...i, ...patch } : i)));

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed: ProcurementInput['items'] = [];
    for (const [n, i] of items.entries()) {
      const cents = parseDollars(i.unitCost);
      if (typeof cents !== 'number') return fail(`items.${n}.unitCostCents`, 'a dollar amount, e.g. 1,200');
      parsed.push({ nsn: i.nsn.trim(), nomenclature: i.nomenclature, quantity: Number(i.quantity), unitCostCents: cents, mde: i.mde });
    }
    void run(
      () =>
        sdafApi.createProcurement({
          contractNumber,
          awardedOn,
          expectedDeliveryOn,
          items: parsed,
          ...(releasable ? { releasability: { releasable, attestedBy, attestedOn, basis } } : {}),
        }),
      onSaved,
    );
  }
  const at = (n: number, field: string) => error?.fieldMessage(`items.${n}.${field}`);
  const placed = ['contractNumber', 'awardedOn', 'expectedDeliveryOn', 'items', 'releasability'];
  return (
    <form className="form" onSubmit={submit} aria-label="New procurement" onInput={onInput} noValidate>
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, placed) : []} />
      <div className="form-grid form-grid-3">
        <Field label="Contract number" error={error?.fieldMessage('contractNumber')}>
          {(control) => <input {...control} value={contractNumber} onChange={(e) => setContractNumber(e.target.value)} />}
        </Field>
        <Field label="Awarded on" error={error?.fieldMessage('awardedOn')}>
          {(control) => <input {...control} type="date" value={awardedOn} onChange={(e) => setAwardedOn(e.target.value)} />}
        </Field>
        <Field label="Expected delivery" error={error?.fieldMessage('expectedDeliveryOn')}>
          {(control) => (
            <input {...control} type="date" value={expectedDeliveryOn} onChange={(e) => setExpectedDeliveryOn(e.target.value)} />
          )}
        </Field>
      </div>
      <fieldset className="fieldset">
        <legend>Items</legend>
        {error?.fieldMessage('items') && <p className="field-error">{error.fieldMessage('items')}</p>}
        {items.map((i, n) => (
          <fieldset className="form-grid form-grid-3" key={i.key}>
            <legend>Item {n + 1}</legend>
            <Field label="NSN" hint="13 digits, e.g. 1005-01-123-4567" error={at(n, 'nsn')}>
              {(control) => <input {...control} value={i.nsn} onChange={(e) => change(i.key, { nsn: e.target.value })} />}
            </Field>
            <Field label="Nomenclature" error={at(n, 'nomenclature')}>
              {(control) => <input {...control} value={i.nomenclature} onChange={(e) => change(i.key, { nomenclature: e.target.value })} />}
            </Field>
            <Field label="Quantity" error={at(n, 'quantity')}>
              {(control) => (
                <input {...control} inputMode="numeric" value={i.quantity} onChange={(e) => change(i.key, { quantity: e.target.value })} />
              )}
            </Field>
            <Field label="Unit cost" hint="US dollars" error={at(n, 'unitCostCents')}>
              {(control) => (
                <input {...control} inputMode="decimal" value={i.unitCost} onChange={(e) => change(i.key, { unitCost: e.target.value })} />
              )}
            </Field>
            <label className="checkbox">
              <input type="checkbox" checked={i.mde} onChange={(e) => change(i.key, { mde: e.target.checked })} /> Major defense equipment
            </label>
            {items.length > 1 && (
              <button type="button" className="button" onClick={() => setItems((all) => all.filter((x) => x.key !== i.key))}>
                Remove item {n + 1}
              </button>
            )}
          </fieldset>
        ))}
        <button type="button" className="button" onClick={() => setItems((all) => [...all, blank(Math.max(...all.map((x) => x.key)) + 1)])}>
          Add an item
        </button>
      </fieldset>
      <fieldset className="fieldset">
        <legend>Releasability at contract award (AECA 51)</legend>
        {error?.fieldMessage('releasability') && <p className="field-error">{error.fieldMessage('releasability')}</p>}
        <label className="checkbox">
          <input type="checkbox" checked={releasable} onChange={(e) => setReleasable(e.target.checked)} /> The articles are releasable to
          foreign countries at contract award
        </label>
        <div className="form-grid form-grid-3">
          <Field label="Attested by" error={error?.fieldMessage('releasability.attestedBy')}>
            {(control) => <input {...control} value={attestedBy} onChange={(e) => setAttestedBy(e.target.value)} />}
          </Field>
          <Field label="Attested on" error={error?.fieldMessage('releasability.attestedOn')}>
            {(control) => <input {...control} type="date" value={attestedOn} onChange={(e) => setAttestedOn(e.target.value)} />}
          </Field>
          <Field label="Basis" error={error?.fieldMessage('releasability.basis')}>
            {(control) => <input {...control} value={basis} onChange={(e) => setBasis(e.target.value)} />}
          </Field>
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Record procurement'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
