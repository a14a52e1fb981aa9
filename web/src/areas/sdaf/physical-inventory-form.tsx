import { type FormEvent, useState } from 'react';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { todayIso } from '../../platform/format.ts';
import { useApi } from '../../platform/use-api.ts';
import { type SdafPhysicalInventory, sdafApi } from './sdaf-api.ts';
import { useSubmit } from './use-submit.ts';

/** FY N runs 1 October N−1 to 30 September N. */
const fiscalYearOf = (date: string) => Number(date.slice(0, 4)) + (date.slice(5) >= '10-01' ? 1 : 0);

/** The annual physical inventory (DSCA 20-85): a count of each item on hand; the differences are its discrepancies. */
export function PhysicalInventoryForm({ onDone }: { onDone: (p: SdafPhysicalInventory) => void }) {
  const stock = useApi(
    ['sdaf', 'physical-inventory-form:sdafApi.inventory'],
    (signal) => sdafApi.inventory({ onHand: 'yes', limit: 500 }, signal),
    [],
  );
  const [countedOn, setCountedOn] = useState(todayIso());
  const [counted, setCounted] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const { error, busy, run, onInput } = useSubmit();
  const items = stock.data?.items ?? [];
  function submit(event: FormEvent) {
    event.preventDefault();
    void run(
      () =>
        sdafApi.recordPhysicalInventory({
          fiscalYear: fiscalYearOf(countedOn),
          countedOn,
          note,
          counts: items.map((i) => ({ itemId: i.itemId, countedQuantity: Number(counted[i.itemId] ?? i.onHandQuantity), note: '' })),
        }),
      onDone,
    );
  }
  const placed = ['fiscalYear', 'countedOn', 'note', 'counts'];
  return (
    <form className="form" onSubmit={submit} aria-label="Record the physical inventory" onInput={onInput} noValidate>
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, placed) : []} />
      <div className="form-grid form-grid-3">
        <Field
          label="Counted on"
          hint={`FY${fiscalYearOf(countedOn)}`}
          error={error?.fieldMessage('countedOn') ?? error?.fieldMessage('fiscalYear')}
        >
          {(control) => <input {...control} type="date" value={countedOn} onChange={(e) => setCountedOn(e.target.value)} />}
        </Field>
        <Field label="Note" className="span-2" error={error?.fieldMessage('note')}>
          {(control) => <input {...control} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        {items.map((i, n) => (
          <Field
            key={i.itemId}
            label={`Counted: ${i.nomenclature} (${i.nsn})`}
            hint={`${i.onHandQuantity} on record`}
            error={error?.fieldMessage(`counts.${n}.countedQuantity`)}
          >
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                value={counted[i.itemId] ?? String(i.onHandQuantity)}
                onChange={(e) => setCounted((all) => ({ ...all, [i.itemId]: e.target.value }))}
              />
            )}
          </Field>
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Record the count'}
        </button>
      </div>
    </form>
  );
}
