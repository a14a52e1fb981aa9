import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { eumApi } from '../../api/eum-client.ts';
import { EUM_INCIDENT_KINDS, type EumIncident, type EumIncidentKind } from '../../api/eum-types.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { INCIDENT_KIND_LABELS } from './eum-labels.tsx';
import { ItemPicker, type PickedItem } from './item-picker.tsx';

/** Reports an incident found outside an inventory (a report from the partner, a visit); with the items concerned, found by serial number. */
export function ReportIncidentForm({ onReported }: { onReported: (incident: EumIncident) => void }) {
  const [partnerCode, setPartnerCode] = useState('');
  const [kind, setKind] = useState<EumIncidentKind>('loss');
  const [title, setTitle] = useState('');
  const [discoveredOn, setDiscoveredOn] = useState('');
  const [description, setDescription] = useState('');
  const [items, setItems] = useState<PickedItem[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      onReported(await eumApi.createIncident({ partnerCode, kind, title, discoveredOn, description, itemIds: items.map((i) => i.id) }));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    }
  }
  return (
    <form className="panel" onSubmit={submit} aria-label="Report an incident">
      <h2>Report an incident</h2>
      <FormError message={error?.message} />
      <Field label="Partner" error={error?.fieldMessage('partnerCode')}>
        {(p) => (
          <input
            {...p}
            value={partnerCode}
            maxLength={3}
            required
            onChange={(e) => {
              setPartnerCode(e.target.value.toUpperCase());
              setItems([]);
            }}
          />
        )}
      </Field>
      <Field label="Kind" error={error?.fieldMessage('kind')}>
        {(p) => (
          <select {...p} value={kind} onChange={(e) => setKind(e.target.value as EumIncidentKind)}>
            {EUM_INCIDENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {INCIDENT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Title" error={error?.fieldMessage('title')}>
        {(p) => <input {...p} value={title} required onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label="Discovered on" error={error?.fieldMessage('discoveredOn')}>
        {(p) => <input {...p} type="date" value={discoveredOn} required onChange={(e) => setDiscoveredOn(e.target.value)} />}
      </Field>
      <Field label="What happened" error={error?.fieldMessage('description')}>
        {(p) => <textarea {...p} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <ItemPicker partnerCode={partnerCode} picked={items} onChange={setItems} />
      {error?.fields.some((f) => f.path.startsWith('itemIds')) && (
        <p className="field-error" role="alert">
          {error.fields
            .filter((f) => f.path.startsWith('itemIds'))
            .map((f) => f.message)
            .join('; ')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Report incident
        </button>
      </div>
    </form>
  );
}
